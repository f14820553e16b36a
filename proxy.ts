// Routing only: parse the host once and rewrite to the route tree of the site it names. Authorization
// happens on the server, in the data layer, for every request (docs/decisions/0001-sites-and-routing.md).
import { NextResponse, type NextRequest } from "next/server";
import { isEverySitePath } from "@/lib/tenancy/every-site-paths";
import { ROOT_SITE_SLUG, parseHost, siteOrigin } from "@/lib/tenancy/host";

export function proxy(request: NextRequest) {
  const address = parseHost(request.headers.get("host"));
  const { pathname, search } = request.nextUrl;
  const rewrite = (prefix: string) => {
    const url = request.nextUrl.clone();
    url.pathname = `${prefix}${pathname === "/" ? "" : pathname}`;
    url.search = search;
    // Pages read the path the user sees (for "return to" links); a client-sent value is overwritten.
    const forwarded = new Headers(request.headers);
    forwarded.set("x-visible-path", `${pathname}${search}`);
    return NextResponse.rewrite(url, { request: { headers: forwarded } });
  };
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
      return rewrite("/content");
    case "www":
      return NextResponse.redirect(`${siteOrigin({ kind: "root" }, request.nextUrl.protocol)}${pathname}${search}`, 308);
    default:
      // Reserved and malformed subdomains: the 404 page.
      return rewrite("/_unknown-site");
  }
}

export const config = {
  // API routes read the host themselves; Next's own assets are not rewritten.
  matcher: ["/((?!api/|_next/|favicon.ico|robots.txt).*)"],
};
