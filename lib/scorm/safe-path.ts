// What a path inside a package may look like: relative, "/"-separated, no "." or ".." segment, no drive
// letter, no backslash (a separator on Windows), no control character.

// Control characters include NUL, which C-based tools read as the end of the name.
const UNSAFE_CHARACTER = /[\u0000-\u001f\u007f\\]/;
const DRIVE_LETTER = /^[a-zA-Z]:/;

export function hasUnsafeCharacter(path: string): boolean {
  return UNSAFE_CHARACTER.test(path);
}

/** An archive entry's name: a safe relative path, with one trailing "/" when it names a folder. */
export function isSafeEntryName(name: string): boolean {
  const path = name.endsWith("/") ? name.slice(0, -1) : name;
  if (path === "" || path.startsWith("/") || DRIVE_LETTER.test(path) || hasUnsafeCharacter(path)) return false;
  return path.split("/").every((segment) => segment !== "" && segment !== "." && segment !== "..");
}
