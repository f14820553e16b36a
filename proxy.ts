// Routing only: parse the host once and rewrite to the route tree of the site it names. Authorization
// happens on the server, in the data layer, for every request (docs/decisions/0001-sites-and-routing.md).
import { NextResponse, type NextRequest } from "next/server";
import { isEverySitePath } from "@/lib/tenancy/every-site-paths";
import { ROOT_SITE_SLUG, parseHost, siteOrigin } from "@/lib/tenancy/host";
import { isAppShellPath, isServiceWorkerPath } from "@/lib/tenancy/app-shell-paths";
import { EMBED_ORIGINS } from "@/lib/modules/external-video";
import {
  contentSecurityPolicy,
  newNonce,
  PERMISSIONS_POLICY,
  servedOverHttps,
  STRICT_TRANSPORT_SECURITY,
} from "@/lib/tenancy/security-headers";

export function proxy(request: NextRequest) {
  const address = parseHost(request.headers.get("host"));
  const { pathname, search } = request.nextUrl;
  const rewrite = (prefix: string, options: { pagePolicy?: boolean } = { pagePolicy: true }) => {
    const url = request.nextUrl.clone();
    url.pathname = `${prefix}${pathname === "/" ? "" : pathname}`;
    url.search = search;
    // Pages read the path the user sees (for "return to" links); a client-sent value is overwritten.
    const forwarded = new Headers(request.headers);
    forwarded.set("x-visible-path", `${pathname}${search}`);
    // The page's policy goes on the request too: Next.js takes the nonce from it for its own scripts.
    const policy = options.pagePolicy
      ? contentSecurityPolicy(newNonce(), {
          // The content origin frames SCORM packages and serves videos; external videos play in their
          // services' privacy-enhanced players.
          frameOrigins: [siteOrigin({ kind: "content" }, request.nextUrl.protocol), ...EMBED_ORIGINS],
          mediaOrigins: [siteOrigin({ kind: "content" }, request.nextUrl.protocol)],
          development: process.env.NODE_ENV === "development",
        })
      : null;
    if (policy) forwarded.set("content-security-policy", policy);
    else forwarded.delete("content-security-policy");
    const response = NextResponse.rewrite(url, { request: { headers: forwarded } });
    if (policy) response.headers.set("Content-Security-Policy", policy);
    response.headers.set("Permissions-Policy", PERMISSIONS_POLICY);
    if (servedOverHttps(request.nextUrl.protocol, request.headers.get("x-forwarded-proto")))
      response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
    return response;
  };
  // The installable app's files answer on every site as they are (the manifest and icons are API routes).
  const isSite = address.kind === "root" || address.kind === "tenant" || address.kind === "academy";
  if (isSite && isServiceWorkerPath(pathname)) return NextResponse.next();
  if (isSite && isAppShellPath(pathname)) return rewrite("");
  if (isServiceWorkerPath(pathname)) return rewrite("/_unknown-site");
  switch (address.kind) {
    case "root":
      return rewrite(`/t/${ROOT_SITE_SLUG}`);
    case "tenant":
      return rewrite(`/t/${address.slug}`);
    case "academy":
      // Signing in and learning use the platform's own pages, limited to the learner's store access.
      return rewrite(isEverySitePath(pathname) ? "/t/academy" : "/academy");
    case "content":
      // Course content (SCORM packages) on its own origin: it never shares cookies with the platform.
      // Its pages set their own policy (the SCORM player's nonce; the packages' files are the authors').
      return rewrite("/content", { pagePolicy: false });
    case "www":
      return NextResponse.redirect(
        `${siteOrigin({ kind: "root" }, request.nextUrl.protocol)}${pathname}${search}`,
        308,
      );
    default:
      // Reserved and malformed subdomains: the 404 page.
      return rewrite("/_unknown-site");
  }
}

export const config = {
  // API routes read the host themselves; Next's own assets are not rewritten. Malformed addresses are answered 400
  // by the production server before Next.js (scripts/lib/request-guards.mjs).
  matcher: ["/((?!api/|_next/|favicon.ico|robots.txt|icons/).*)"],
};
