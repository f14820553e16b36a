// What a path inside a package may look like: relative, "/"-separated, no "." or ".." segment, no drive
// letter, no backslash (a separator on Windows), no control character.

// Control characters include NUL, which C-based tools read as the end of the name.
const UNSAFE_CHARACTER = /[\u0000-\u001f\u007f\\]/;
const DRIVE_LETTER = /^[a-zA-Z]:/;

export function hasUnsafeCharacter(path: string): boolean {
  return UNSAFE_CHARACTER.test(path);
}

/**
 * An archive entry's name: a safe relative path, with one trailing "/" when it names a folder. The name is also
 * read as servers and file systems may read it: percent-decoded ("%2e%2e" is "..") and in Unicode compatibility
 * form ("‥" is "..", "．" is "."); each reading must be safe.
 */
export function isSafeEntryName(name: string): boolean {
  const readings = new Set([name, name.normalize("NFKC")]);
  for (const reading of [...readings]) {
    try {
      const decoded = decodeURIComponent(reading);
      readings.add(decoded).add(decoded.normalize("NFKC"));
    } catch {
      return false; // a "%" that is not an escape
    }
  }
  return [...readings].every(isSafeLiteralName);
}

function isSafeLiteralName(name: string): boolean {
  const path = name.endsWith("/") ? name.slice(0, -1) : name;
  if (path === "" || path.startsWith("/") || DRIVE_LETTER.test(path) || hasUnsafeCharacter(path)) return false;
  return path.split("/").every((segment) => segment !== "" && segment !== "." && segment !== "..");
}
