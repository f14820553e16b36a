import { getLocale, getTranslations } from "next-intl/server";
import { CatalogueFilters } from "@/components/catalogue/catalogue-filters";
import { CourseCardList } from "@/components/catalogue/course-card-list";
import { Pagination } from "@/components/catalogue/pagination";
import { visibilityScope } from "@/lib/auth/visibility-scope";
import { parseCatalogueQuery, searchCourses } from "@/lib/catalogue/search-courses";
import { topicNames } from "@/lib/catalogue/topic-names";
import type { Locale } from "@/lib/i18n/locales";
import { loadPage } from "@/lib/http/load-page";
import { PageTitle } from "@/components/ui/page-title";

export default async function FindLearningPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [context, params, t, locale] = await Promise.all([
    loadPage(),
    searchParams,
    getTranslations("Catalogue"),
    getLocale(),
  ]);
  const query = parseCatalogueQuery(params);
  const scope = visibilityScope(context);
  const [result, topics] = await Promise.all([searchCourses(scope, locale as Locale, query), topicNames(locale)]);
  const urlParams = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    for (const v of [value ?? []].flat()) if (key !== "page") urlParams.append(key, v);
  return (
    <div className="space-y-4">
      <PageTitle>{t("title")}</PageTitle>
      {context.viewer ? null : <p className="rounded bg-blue-50 p-3 text-blue-950">{t("guestNotice")}</p>}
      <div className="grid gap-6 md:grid-cols-[16rem_1fr]">
        <aside>
          <CatalogueFilters query={query} result={result} topics={topics} />
        </aside>
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" aria-live="polite" className="mb-3 text-lg font-semibold" data-testid="result-count">
            {t("results", { count: result.total })}
          </h2>
          {result.courses.length ? (
            <CourseCardList courses={result.courses} details />
          ) : (
            <p className="text-slate-700">{t("noResults")}</p>
          )}
          <Pagination page={result.page} pageCount={result.pageCount} params={urlParams} />
        </section>
      </div>
    </div>
  );
}
