// What the service worker keeps, one rule each, shared by the worker and its tests (docs/decisions/0044).
// Only the site's own origin: the content origin (SCORM packages, videos, resources) is never cached here.

/** Navigations the worker may keep for reading offline: the site's pages, never its API or the learning player. */
export function isCachablePage(url: URL, origin: string): boolean {
  if (url.origin !== origin) return false;
  return !NEVER_CACHED_PAGES.some((prefix) => url.pathname === prefix || url.pathname.startsWith(`${prefix}/`));
}

/**
 * The pages that change with every visit or only make sense online (sign-out, the player, the store's checkout), and
 * the conversations, whose messages a moderator may remove: a removed text stays on no device (ADR 0047).
 */
export const NEVER_CACHED_PAGES = ["/api", "/learn", "/serwist", "/checkout", "/dev", "/messages"] as const;

/** Next's built assets: their names carry their content's hash, so a name never changes meaning. */
export function isBuiltAsset(url: URL, origin: string): boolean {
  return url.origin === origin && url.pathname.startsWith("/_next/static/");
}

/** The platform's own images that are not built: icons and the site's logo. */
export function isSiteImage(url: URL, origin: string): boolean {
  return (
    url.origin === origin &&
    (url.pathname.startsWith("/icons/") ||
      url.pathname === "/api/site/logo" ||
      url.pathname.startsWith("/api/site/icon/"))
  );
}

export const CACHE_NAMES = { pages: "site-pages", assets: "site-assets", images: "site-images" } as const;

/** The message a page sends to the waiting worker when the learner chooses to reload into the new version. */
export const SKIP_WAITING = { type: "SKIP_WAITING" } as const;

/** Where the offline page is, precached at install. */
export const OFFLINE_PATH = "/offline";
