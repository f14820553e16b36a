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
