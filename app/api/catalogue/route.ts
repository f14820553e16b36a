import { getLocale } from "next-intl/server";
import { visibilityScope } from "@/lib/auth/visibility-scope";
import { parseCatalogueQuery, searchCourses } from "@/lib/catalogue/search-courses";
import { readRoute } from "@/lib/http/route-handler";
import type { Locale } from "@/lib/i18n/locales";

// The catalogue as JSON (same query parameters and visibility as the Find Learning page), for light
// clients on poor connections.
export const GET = readRoute(
  {
    signedIn: false,
    sites: ["root", "tenant"],
    errorBody: (status) => Response.json({ error: "Not found" }, { status }),
  },
  async (input) => {
    const params: Record<string, string[]> = {};
    for (const [key, value] of new URL(input.request.url).searchParams) (params[key] ??= []).push(value);
    const result = await searchCourses(
      visibilityScope(input),
      (await getLocale()) as Locale,
      parseCatalogueQuery(params),
    );
    return Response.json(result, { headers: { "Cache-Control": "private, no-store" } });
  },
);
