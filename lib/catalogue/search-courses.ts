// "Find Learning": full-text search with facets. Visibility (tenant, audience, guests, region, country) is
// decided here in SQL as well as by row-level security; the matching set is small (a catalogue has at most
// a few thousand courses), so facet counts and order are computed from it in one pass and kept briefly
// (candidate-cache.ts) for the same scope and filters, which makes paging and repeated searches cheap.
import { Prisma, forTenant, type CourseType } from "@/lib/db";
import { collator } from "@/lib/i18n/intl-formats";
import type { Locale } from "@/lib/i18n/locales";
import { cached } from "./candidate-cache";
import type { VisibilityScope } from "@/lib/auth/visibility-scope";
import { courseImage } from "./course-image";
import type { CourseCard } from "./list-visible-courses";

export const PAGE_SIZE = 12;

export interface CatalogueQuery {
  q: string;
  types: CourseType[];
  languages: string[];
  topics: string[];
  page: number;
}

export interface Facet {
  value: string;
  count: number;
  selected: boolean;
}

export interface CatalogueResult {
  total: number;
  page: number;
  pageCount: number;
  courses: CourseCard[];
  facets: { type: Facet[]; language: Facet[]; topic: Facet[] };
}

interface Row extends Omit<CourseCard, "image"> {
  topics: string[];
  rank: number | null;
  imageKey: string | null;
  imageAlt: unknown;
  imageDecorative: boolean;
}

const toCard = (row: Row, locale: Locale): CourseCard => ({
  id: row.id,
  code: row.code,
  type: row.type,
  title: row.title,
  summary: row.summary,
  languages: row.languages,
  durationMinutes: row.durationMinutes,
  featured: row.featured,
  hasCertificate: row.hasCertificate,
  image: courseImage(row, locale, row.title),
});

const COURSE_TYPES: CourseType[] = ["ELEARNING", "WORKSHOP", "RESOURCE", "VCOA"];

/** Reads the query from URL search parameters, ignoring anything unknown. */
export function parseCatalogueQuery(params: Record<string, string | string[] | undefined>): CatalogueQuery {
  const list = (key: string) =>
    [params[key] ?? []].flat().filter((v): v is string => typeof v === "string" && v.length > 0 && v.length < 64);
  return {
    q: String([params.q].flat()[0] ?? "")
      .trim()
      .slice(0, 200),
    types: list("type").filter((t): t is CourseType => (COURSE_TYPES as string[]).includes(t)),
    languages: list("language"),
    topics: list("topic"),
    page: Math.max(1, Math.min(1000, Number.parseInt(String([params.page].flat()[0] ?? "1"), 10) || 1)),
  };
}

/** The SQL of the candidate set: every course the scope may see that matches the text query. */
export function catalogueCandidatesSql(scope: VisibilityScope, locale: Locale, q: string): Prisma.Sql {
  const customs = scope.ctx.audience === "CUSTOMS";
  const tsquery = q
    ? Prisma.sql`(websearch_to_tsquery('simple', immutable_unaccent(${q})) || websearch_to_tsquery(locale_search_config(${locale}), immutable_unaccent(${q})))`
    : null;
  return Prisma.sql`
      SELECT c."id", c."code", c."type"::text AS "type", c."languages", c."topics", c."featured", c."durationMinutes", c."hasCertificate",
             c."imageKey", c."imageAlt", c."imageDecorative",
             coalesce(loc."title", en."title", c."code") AS "title", coalesce(loc."summary", en."summary", '') AS "summary",
             ${tsquery ? Prisma.sql`m."rank"` : Prisma.sql`NULL::real`} AS "rank"
      FROM "Course" c
      LEFT JOIN "CourseTranslation" loc ON loc."courseId" = c."id" AND loc."locale" = ${locale}
      LEFT JOIN "CourseTranslation" en ON en."courseId" = c."id" AND en."locale" = 'en'
      ${
        tsquery
          ? Prisma.sql`JOIN LATERAL (SELECT max(ts_rank(t."searchVector", ${tsquery})) AS "rank" FROM "CourseTranslation" t
                              WHERE t."courseId" = c."id" AND t."searchVector" @@ ${tsquery}) m ON m."rank" IS NOT NULL`
          : Prisma.empty
      }
      WHERE c."status" = 'PUBLISHED'
        AND (c."tenantId" = ${scope.ctx.tenantId}::uuid OR (c."isCore" AND (c."audience" = 'PUBLIC' OR ${customs})))
        AND (${scope.signedIn} OR (c."guestAccess" AND c."audience" = 'PUBLIC'))
        AND (cardinality(c."regions") = 0 OR ${scope.region}::text = ANY (c."regions"::text[]))
        AND (cardinality(c."countries") = 0 OR ${scope.countryCode}::text = ANY (c."countries"))`;
}

/** Every hit in display order and the facet counts, for one scope, text query and set of filters. */
function rankAndCount(
  rows: Row[],
  locale: Locale,
  query: CatalogueQuery,
): { hits: Row[]; facets: CatalogueResult["facets"] } {
  const matches = (row: Row, skip: "type" | "language" | "topic" | null) =>
    (skip === "type" || !query.types.length || query.types.includes(row.type)) &&
    (skip === "language" || !query.languages.length || query.languages.some((l) => row.languages.includes(l))) &&
    (skip === "topic" || !query.topics.length || query.topics.some((t) => row.topics.includes(t)));
  const facet = (
    skip: "type" | "language" | "topic",
    valuesOf: (row: Row) => string[],
    selected: string[],
  ): Facet[] => {
    const counts = new Map<string, number>();
    for (const row of rows)
      if (matches(row, skip))
        for (const value of new Set(valuesOf(row))) counts.set(value, (counts.get(value) ?? 0) + 1);
    for (const value of selected) if (!counts.has(value)) counts.set(value, 0);
    return [...counts]
      .map(([value, count]) => ({ value, count, selected: selected.includes(value) }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  };
  const byTitle = collator(locale);
  return {
    hits: rows
      .filter((row) => matches(row, null))
      .sort(
        (a, b) =>
          Number(b.featured) - Number(a.featured) || (b.rank ?? 0) - (a.rank ?? 0) || byTitle.compare(a.title, b.title),
      ),
    facets: {
      type: facet("type", (row) => [row.type], query.types),
      language: facet("language", (row) => row.languages, query.languages),
      topic: facet("topic", (row) => row.topics, query.topics),
    },
  };
}

export async function searchCourses(
  scope: VisibilityScope,
  locale: Locale,
  query: CatalogueQuery,
): Promise<CatalogueResult> {
  const key = JSON.stringify([
    scope.ctx.tenantId,
    scope.ctx.audience,
    scope.signedIn,
    scope.region,
    scope.countryCode,
    locale,
    query.q,
  ]);
  const filtersKey = JSON.stringify([
    key,
    [...query.types].sort(),
    [...query.languages].sort(),
    [...query.topics].sort(),
  ]);
  const { hits, facets } = await cached(filtersKey, async () => {
    const rows = await cached(key, () =>
      forTenant(scope.ctx, (tx) => tx.$queryRaw<Row[]>(catalogueCandidatesSql(scope, locale, query.q))),
    );
    return rankAndCount(rows, locale, query);
  });
  const pageCount = Math.max(1, Math.ceil(hits.length / PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  return {
    total: hits.length,
    page,
    pageCount,
    courses: hits.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((row) => toCard(row, locale)),
    facets,
  };
}
