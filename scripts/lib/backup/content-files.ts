// The content store's files as a backup holds them: "content/<key>/<path>" entries, read from and written to the
// configured store (local folder or S3-compatible bucket) through its own interface, streamed, never held whole,
// each with its size and SHA-256 in the manifest (ADR 0040).
import { createHash, type Hash } from "node:crypto";
import { createReadStream } from "node:fs";
import path from "node:path";
import { listStored, openStored, removeStored, storeStream } from "../../../lib/content-store";
import { splitStoredName } from "../../../lib/content-store/paths";
import type { ArchiveWriter } from "./archive";
import { CONTENT_DIR, type FileEntry } from "./manifest";

export async function sha256Of(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** A path from an archive, refused when it could leave the folder it is unpacked into. */
export function safeArchivePath(name: string): string | null {
  if (!name || name.includes("\0") || name.includes("\\") || name.startsWith("/")) return null;
  const parts = name.split("/").filter((part) => part !== "" && part !== ".");
  return parts.length && !parts.includes("..") ? parts.join("/") : null;
}

async function* hashing(body: AsyncIterable<Buffer>, hash: Hash): AsyncGenerator<Buffer> {
  for await (const chunk of body) {
    hash.update(chunk);
    yield chunk;
  }
}

/** The full names ("<key>/<path>") of every file in the content store, in its order. */
export async function storedNames(): Promise<string[]> {
  const names: string[] = [];
  for await (const file of listStored()) names.push(`${file.key}/${file.path}`);
  return names;
}

/** Streams every file of the content store into the archive; what the manifest says of them. */
export async function addStoredFiles(writer: ArchiveWriter): Promise<FileEntry[]> {
  const entries: FileEntry[] = [];
  for (const name of await storedNames()) {
    const { key, path: relative } = splitStoredName(name)!;
    const opened = await openStored(key, relative);
    if (!opened) throw new Error(`The content store's file ${name} was removed while the backup ran: run it again.`);
    const hash = createHash("sha256");
    await writer.add(`${CONTENT_DIR}/${name}`, opened.bytes, hashing(opened.body, hash));
    entries.push({ path: name, bytes: opened.bytes, sha256: hash.digest("hex") });
  }
  return entries;
}

/** Refuses, before anything is restored, a file that is damaged or that no content store could hold. */
export async function checkBackedUpFiles(files: FileEntry[], folder: string): Promise<void> {
  for (const file of files) {
    if (safeArchivePath(file.path) !== file.path || !splitStoredName(file.path)) {
      throw new Error(`Refused file path in the backup: ${file.path} (not "<kind>/<uuid>/<path>").`);
    }
    const actual = await sha256Of(path.join(folder, file.path)).catch(() => null);
    if (actual !== file.sha256) throw new Error(`The backup's file ${file.path} is missing or damaged.`);
  }
}

/** Writes the backup's files from the unpacked `folder` into the content store and reads each back to check it. */
export async function restoreStoredFiles(files: FileEntry[], folder: string): Promise<void> {
  for (const file of files) {
    const { key, path: relative } = splitStoredName(file.path)!;
    await storeStream(key, relative, createReadStream(path.join(folder, file.path)), file.bytes);
    const stored = await openStored(key, relative);
    const hash = createHash("sha256");
    if (stored) for await (const chunk of stored.body) hash.update(chunk as Buffer);
    if (!stored || hash.digest("hex") !== file.sha256) {
      throw new Error(`The content store does not hold ${file.path} as the backup does after writing it.`);
    }
  }
}

/** Removes every file of the content store: the scratch store of a check. */
export async function emptyContentStore(): Promise<void> {
  const keys = new Set((await storedNames()).map((name) => splitStoredName(name)!.key));
  for (const key of keys) await removeStored(key);
}
