// Requests no page or route can answer: a path segment that is not valid percent-encoded UTF-8 (decoding it
// throws, "/verify/%ED%A0%80") or a NUL byte anywhere in the path or the query (PostgreSQL refuses it in text).
// The production server's guards (scripts/lib/request-guards.mjs) answer them 400 before Next.js sees them, so no
// page, route handler or search parses them. Plain JavaScript: the server runs it without a build.

/** @param {string} part @returns {string | null} */
function decodes(part) {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/**
 * Whether the path and query of a request URL (as sent: still percent-encoded) are malformed.
 * @param {string} pathAndQuery
 * @returns {boolean}
 */
export function isMalformedUrl(pathAndQuery) {
  const hash = pathAndQuery.indexOf("#");
  const withoutHash = hash === -1 ? pathAndQuery : pathAndQuery.slice(0, hash);
  const question = withoutHash.indexOf("?");
  const path = question === -1 ? withoutHash : withoutHash.slice(0, question);
  const query = question === -1 ? "" : withoutHash.slice(question + 1);
  for (const segment of path.split("/")) {
    const decoded = decodes(segment);
    if (decoded === null || decoded.includes("\u0000")) return true;
  }
  // The query is read as URLSearchParams reads it ("+" for a space, invalid sequences as U+FFFD): only NUL is refused.
  for (const [key, value] of new URLSearchParams(query))
    if (key.includes("\u0000") || value.includes("\u0000")) return true;
  return false;
}
