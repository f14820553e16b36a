import type { SearchParams } from "@/lib/http/search-params";

/** The report's URL parameters without the page, for pagination and export links. */
export async function reportQuery(
  searchParams: SearchParams,
  keys: readonly string[],
): Promise<{ params: Record<string, string | string[] | undefined>; query: URLSearchParams }> {
  const params = await searchParams;
  const query = new URLSearchParams();
  for (const key of keys) {
    for (const value of [params[key] ?? []].flat()) if (value) query.append(key, value.slice(0, 100));
  }
  return { params, query };
}
