// Parses a request's Host header into the site it addresses. Pure and cheap: the proxy calls it on every
// request, and server code calls it again rather than trusting anything the proxy passed along.

export type SiteAddress =
  | { kind: "root" }
  | { kind: "tenant"; slug: string }
  | { kind: "academy" }
  | { kind: "content" }
  | { kind: "www" }
  | { kind: "none" };

/** The slug of the WCO tenant, whose space is the root site (its route tree is /t/wco). */
export const ROOT_SITE_SLUG = "wco";

/** Subdomains that never name a Member administration. */
export const RESERVED_SUBDOMAINS = new Set(["www", "academy", "content", "api", "admin", "static", "wco"]);

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export function rootDomain(): string {
  return (process.env.ROOT_DOMAIN ?? "localhost:3000").toLowerCase();
}

export function parseHost(hostHeader: string | null | undefined, root = rootDomain()): SiteAddress {
  const host = (hostHeader ?? "")
    .trim()
    .toLowerCase()
    .replace(/\.(?=:|$)/, "");
  if (!host || host === root) return { kind: "root" };
  const suffix = `.${root}`;
  // A host outside the platform's domain (an IP address, an internal name) is served as the root site.
  if (!host.endsWith(suffix)) return { kind: "root" };
  const sub = host.slice(0, -suffix.length);
  if (sub === "www") return { kind: "www" };
  if (sub === "academy") return { kind: "academy" };
  if (sub === "content") return { kind: "content" };
  if (RESERVED_SUBDOMAINS.has(sub) || !SLUG.test(sub)) return { kind: "none" };
  return { kind: "tenant", slug: sub };
}

/** The address of a site, for links and redirects between sites. */
export function siteOrigin(address: SiteAddress, protocol = "http:", root = rootDomain()): string {
  switch (address.kind) {
    case "tenant":
      return `${protocol}//${address.slug}.${root}`;
    case "academy":
    case "content":
      return `${protocol}//${address.kind}.${root}`;
    default:
      return `${protocol}//${root}`;
  }
}

/** The scheme of the platform's public addresses, for links in e-mails (never taken from a request). */
export function publicProtocol(): "http:" | "https:" {
  return process.env.PUBLIC_URL_SCHEME === "https" ? "https:" : "http:";
}
