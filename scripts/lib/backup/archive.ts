// One backup is one gzip-compressed tar archive: written entry by entry from streams (a table's copy, a content
// store's file), and read back into a folder, refusing any entry that is not a plain file or whose path would
// leave it.
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import tar from "tar-stream";
import { filesUnder } from "../../../lib/content-store/local-store";
import { safeArchivePath } from "./content-files";

export interface ArchiveWriter {
  /** Adds one entry from a stream of exactly `size` bytes (a shorter or longer one fails the archive). */
  add(name: string, size: number, body: Readable | AsyncIterable<Buffer>): Promise<void>;
}

/** Writes the archive from what `fill` adds; on any failure the partial archive is removed. */
export async function writeArchive(archive: string, fill: (writer: ArchiveWriter) => Promise<void>): Promise<void> {
  const pack = tar.pack();
  const writing = pipeline(pack, createGzip(), createWriteStream(archive, { mode: 0o600 }));
  writing.catch(() => {}); // awaited below; a failure of the file surfaces there or through the entry being added
  try {
    await fill({
      add: (name, size, body) => pipeline(body, pack.entry({ name, size, mode: 0o600 })),
    });
    pack.finalize();
    await writing;
  } catch (error) {
    pack.destroy(error as Error);
    await writing.catch(() => {});
    await rm(archive, { force: true });
    throw error;
  }
}

/** Adds every file under `folder`, by its path relative to it. */
export async function addFolder(writer: ArchiveWriter, folder: string): Promise<void> {
  for (const relative of await filesUnder(folder)) {
    const file = path.join(folder, relative);
    await writer.add(relative, (await stat(file)).size, createReadStream(file));
  }
}

export const packFolder = (folder: string, archive: string) =>
  writeArchive(archive, (writer) => addFolder(writer, folder));

export async function unpackArchive(archive: string, folder: string): Promise<void> {
  const extract = tar.extract();
  const reading = pipeline(createReadStream(archive), createGunzip(), extract);
  for await (const entry of extract) {
    const relative = safeArchivePath(entry.header.name);
    if (entry.header.type === "directory") {
      entry.resume();
      continue;
    }
    if (entry.header.type !== "file" || !relative) throw new Error(`Refused archive entry: ${entry.header.name}`);
    const target = path.join(folder, relative);
    await mkdir(path.dirname(target), { recursive: true });
    await pipeline(entry, createWriteStream(target, { mode: 0o600 }));
  }
  await reading;
}
