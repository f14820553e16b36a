import { getLocale } from "next-intl/server";
import { currentViewer, tenantContext } from "@/lib/auth/viewer";
import { visibilityScope } from "@/lib/auth/visibility-scope";
import { parseCatalogueQuery, searchCourses } from "@/lib/catalogue/search-courses";
import type { Locale } from "@/lib/i18n/locales";
import { currentSite } from "@/lib/tenancy/site";

// The catalogue as JSON (same query parameters and visibility as the Find Learning page), for light
// clients on poor connections.
export async function GET(request: Request) {
  const [site, viewer, locale] = await Promise.all([currentSite(), currentViewer(), getLocale()]);
  if (!site || site.kind === "academy") return Response.json({ error: "Not found" }, { status: 404 });
  const url = new URL(request.url);
  const params: Record<string, string[]> = {};
  for (const [key, value] of url.searchParams) (params[key] ??= []).push(value);
  const result = await searchCourses(visibilityScope({ site, viewer, ctx: tenantContext(site, viewer) }), locale as Locale, parseCatalogueQuery(params));
  return Response.json(result, { headers: { "Cache-Control": "private, no-store" } });
}
