// The installable app's addresses that every site answers outside its route tree (docs/decisions/0044): the
// service worker's script (never on the content origin, whose files are the authors') and the offline page.

/** The service worker's files, built by Serwist: app/serwist/[path]/route.ts. */
export function isServiceWorkerPath(pathname: string): boolean {
  return pathname.startsWith("/serwist/");
}

/** The offline page, the same on every site: app/offline/page.tsx. */
export function isAppShellPath(pathname: string): boolean {
  return pathname === "/offline";
}
