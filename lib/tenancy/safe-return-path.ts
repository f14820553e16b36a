const THIS_SITE = "http://return-path.invalid";

/**
 * A same-site path to return to after a form, never another origin. The value is read the way the browser will
 * read it (the WHATWG URL parser drops tabs and line breaks and takes "\" for "/", so "/\t/evil.example" is
 * "//evil.example"): control characters and backslashes are refused outright, and what is left must resolve to
 * this site. The answer is the path as the parser wrote it.
 */
export function safeReturnPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, THIS_SITE);
  } catch {
    return fallback;
  }
  if (url.origin !== THIS_SITE || url.username || url.password) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("//") ? fallback : path;
}
