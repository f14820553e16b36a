// The content store on local disk (the default): uploaded course content (SCORM packages), one folder per
// key. Keys and paths are checked so nothing is ever read or written outside the store.
import { mkdir, open, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { safeRelativePath, validKey } from "./paths";

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
