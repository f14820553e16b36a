// The content store on local disk (the default): uploaded course content (SCORM packages), one folder per
// key. Keys and paths are checked so nothing is ever read or written outside the store.
import { createWriteStream } from "node:fs";
import { mkdir, open, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { safeRelativePath, splitStoredName, validKey, type StoredFile } from "./paths";

/** The folder of the local store (CONTENT_STORE_DIR, or the data folder's "content"). */
export function storeRoot(): string {
  return path.resolve(process.env.CONTENT_STORE_DIR ?? path.join(process.env.CLIKC_DATA_DIR ?? ".data", "content"));
}

/** The absolute path of `relative` inside the key's folder, or null when it would leave it. */
export function resolveInStore(key: string, relative: string): string | null {
  const safe = safeRelativePath(relative);
  if (!validKey(key) || !safe) return null;
  const folder = path.join(storeRoot(), key);
  const target = path.resolve(folder, safe);
  // Belt and braces: the resolved path must still be inside the key's folder.
  return target.startsWith(folder + path.sep) ? target : null;
}

export async function storeFiles(key: string, files: Map<string, Uint8Array>): Promise<void> {
  for (const [relative, bytes] of files) {
    const target = resolveInStore(key, relative);
    if (!target) throw new Error(`Refused path in content store: ${relative}`);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, bytes);
  }
}

export async function readStoredFile(key: string, relative: string): Promise<Uint8Array | null> {
  const target = resolveInStore(key, relative);
  if (!target) return null;
  try {
    return new Uint8Array(await readFile(target));
  } catch {
    return null;
  }
}

export async function removeStored(key: string): Promise<void> {
  if (!validKey(key)) return;
  await rm(path.join(storeRoot(), key), { recursive: true, force: true });
}

/** The size of a stored file in bytes, or null when there is none. */
export async function storedSize(key: string, relative: string): Promise<number | null> {
  const target = resolveInStore(key, relative);
  if (!target) return null;
  try {
    const info = await stat(target);
    return info.isFile() ? info.size : null;
  } catch {
    return null;
  }
}

/** Bytes start..end (inclusive) of a stored file, read without loading the rest; null when there is none. */
export async function readStoredRange(
  key: string,
  relative: string,
  start: number,
  end: number,
): Promise<Uint8Array | null> {
  const target = resolveInStore(key, relative);
  if (!target) return null;
  try {
    const file = await open(target, "r");
    try {
      const buffer = Buffer.alloc(end - start + 1);
      const { bytesRead } = await file.read(buffer, 0, buffer.length, start);
      return new Uint8Array(buffer.subarray(0, bytesRead));
    } finally {
      await file.close();
    }
  } catch {
    return null;
  }
}

/** Every file under `root` (none when it does not exist), sorted by path, with "/" as the separator. */
export async function filesUnder(root: string): Promise<string[]> {
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

/** Every file of the store, by key and path, sorted by name; files outside a key's folder are not the store's. */
export async function* listStored(): AsyncGenerator<StoredFile> {
  const root = storeRoot();
  for (const name of await filesUnder(root)) {
    const stored = splitStoredName(name);
    if (stored) yield { ...stored, bytes: (await stat(path.join(root, name))).size };
  }
}

/** The files of one key with their sizes, sorted by path (none when the key holds nothing). */
export async function listStoredKey(key: string): Promise<StoredFile[]> {
  if (!validKey(key)) return [];
  const folder = path.join(storeRoot(), key);
  return Promise.all(
    (await filesUnder(folder)).map(async (relative) => ({
      key,
      path: relative,
      bytes: (await stat(path.join(folder, relative))).size,
    })),
  );
}

/** A stored file as a stream with its size, read as it is consumed; null when there is none. */
export async function openStored(key: string, relative: string): Promise<{ body: Readable; bytes: number } | null> {
  const target = resolveInStore(key, relative);
  if (!target) return null;
  const file = await open(target, "r").catch((error) => {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  });
  if (!file) return null;
  const info = await file.stat();
  if (!info.isFile()) {
    await file.close();
    return null;
  }
  return { body: file.createReadStream(), bytes: info.size };
}

/** Stores one file from a stream of `bytes` bytes, never holding it whole. */
export async function storeStream(key: string, relative: string, body: Readable, bytes: number): Promise<void> {
  const target = resolveInStore(key, relative);
  if (!target) throw new Error(`Refused path in content store: ${relative}`);
  await mkdir(path.dirname(target), { recursive: true });
  await pipeline(body, createWriteStream(target));
  const written = (await stat(target)).size;
  if (written !== bytes) throw new Error(`Content store: ${key}/${relative} took ${written} bytes of ${bytes}.`);
}
