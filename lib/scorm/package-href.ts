// Turns the manifest's hrefs (URLs relative to the package root, under any xml:base) into archive paths,
// and builds a SCO's launch URL from its resource href and its item's parameters.
import { refuse } from "./refuse";
import { hasUnsafeCharacter } from "./safe-path";

export type PackageHref = {
  /** The archive path of the file, as a key of the package's files. */
  path: string;
  /** The same path as a relative URL, each segment percent-encoded, followed by the href's own query and fragment. */
  url: string;
};

const SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;

function withoutQuery(href: string): string {
  return href.split(/[?#]/, 1)[0];
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return refuse("packageBadManifest");
  }
}

/**
 * The archive path an href points to, resolved under its xml:base values (outermost first, each taken as a
 * folder), or null when it points outside the package (http:, mailto:, //host). An href that climbs above
 * the package root or hides a separator or control character is refused.
 */
export function resolveHref(bases: string[], href: string): PackageHref | null {
  const parts = [...bases.filter((base) => base !== ""), href];
  if (parts.some((part) => SCHEME.test(part) || part.startsWith("//"))) return null;
  const suffix = href.slice(withoutQuery(href).length);
  const segments: string[] = [];
  for (const [index, part] of parts.entries()) {
    if (part.startsWith("/")) refuse("packageUnsafePath");
    const raw = withoutQuery(part).split("/");
    if (index < parts.length - 1 && raw[raw.length - 1] !== "") raw.push(""); // a base is a folder
    for (const segment of raw) {
      const decoded = decodeSegment(segment);
      if (hasUnsafeCharacter(decoded) || decoded.includes("/")) refuse("packageUnsafePath");
      if (decoded === "" || decoded === ".") continue;
      if (decoded === "..") {
        if (segments.length === 0) refuse("packageUnsafePath");
        segments.pop();
      } else segments.push(decoded);
    }
  }
  return { path: segments.join("/"), url: segments.map(encodeURIComponent).join("/") + suffix };
}

/** SCORM's rule (CAM, item parameters): drop leading "?"/"&", then append as fragment or query, before any fragment. */
export function withParameters(url: string, parameters: string): string {
  const added = parameters.trim().replace(/^[?&]+/, "");
  if (added === "") return url;
  if (added.startsWith("#")) return url.includes("#") ? url : url + added;
  const hash = url.indexOf("#");
  const [base, fragment] = hash < 0 ? [url, ""] : [url.slice(0, hash), url.slice(hash)];
  return `${base}${base.includes("?") ? "&" : "?"}${added}${fragment}`;
}
