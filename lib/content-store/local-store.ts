// The content store on local disk (the default): uploaded course content (SCORM packages), one folder per
// key. Keys and paths are checked so nothing is ever read or written outside the store.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { safeRelativePath, validKey } from "./paths";

function storeRoot(): string {
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
