// Names in the content store: a key is "<kind>/<uuid>"; a path inside it is relative and never leaves it.
const KEY = /^[a-z]+\/[0-9a-f-]{36}$/;

export const validKey = (key: string) => KEY.test(key);

/** The normalised relative path ("a/b.html"), or null for anything that could leave the key's folder. */
export function safeRelativePath(relative: string): string | null {
  if (!relative || relative.includes("\0") || relative.includes("\\") || relative.startsWith("/")) return null;
  const parts: string[] = [];
  for (const part of relative.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") return null;
    parts.push(part);
  }
  return parts.length ? parts.join("/") : null;
}

/** A file of the store: its key, its path inside the key, its size. */
export interface StoredFile {
  key: string;
  path: string;
  bytes: number;
}

/** A file's full name in the store ("<kind>/<uuid>/<path>") as its key and path, or null when it is not one. */
export function splitStoredName(name: string): { key: string; path: string } | null {
  const [kind, id, ...rest] = name.split("/");
  const key = `${kind}/${id}`;
  const relative = safeRelativePath(rest.join("/"));
  return validKey(key) && relative && `${key}/${relative}` === name ? { key, path: relative } : null;
}
