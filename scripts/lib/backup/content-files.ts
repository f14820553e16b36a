// The content store's files as a backup holds them: every file under the local store's folder, by its path
// relative to it, with its size and SHA-256.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import type { FileEntry } from "./manifest";

export async function sha256Of(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** Every file under `root` (none when it does not exist), sorted by path, with "/" as the separator. */
export async function listFiles(root: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(relative: string) {
    const entries = await readdir(path.join(root, relative), { withFileTypes: true }).catch((error) => {
      if ((error as NodeJS.ErrnoException).code === "ENOENT" && relative === "") return [];
      throw error;
    });
    for (const entry of entries) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(child);
      else if (entry.isFile()) found.push(child);
    }
  }
  await walk("");
  return found.sort();
}

export async function describeFile(root: string, relative: string): Promise<FileEntry> {
  const file = path.join(root, relative);
  return { path: relative, bytes: (await stat(file)).size, sha256: await sha256Of(file) };
}

/** A path from an archive, refused when it could leave the folder it is unpacked into. */
export function safeArchivePath(name: string): string | null {
  if (!name || name.includes("\0") || name.includes("\\") || name.startsWith("/")) return null;
  const parts = name.split("/").filter((part) => part !== "" && part !== ".");
  return parts.length && !parts.includes("..") ? parts.join("/") : null;
}
