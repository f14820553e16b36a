import { SlidersHorizontal } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { CatalogueQuery, CatalogueResult, Facet } from "@/lib/catalogue/search-courses";
import { LOCALE_NAMES, isLocale } from "@/lib/i18n/locales";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

function FacetGroup({
  legend,
  name,
  facets,
  label,
}: {
  legend: string;
  name: string;
  facets: Facet[];
  label: (value: string) => string;
}) {
  if (!facets.length) return null;
  return (
    <fieldset className="mb-4">
      <legend className="mb-1 font-semibold">{legend}</legend>
      <ul className="space-y-1">
        {facets.map((f) => (
          <li key={f.value}>
            <label className="flex min-h-11 items-center gap-3">
              <input
                type="checkbox"
                className="h-5 w-5 shrink-0"
                name={name}
                value={f.value}
                defaultChecked={f.selected}
              />
              <span className="flex-1">{label(f.value)}</span>
              <span className="text-sm text-slate-600">{f.count}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/**
 * A GET form: the query and filters live in the URL, and the page works without JavaScript. On a phone it is a
 * disclosure above the results (open when a search or filter is in force, so what narrowed the list shows).
 */
export async function CatalogueFilters({
  query,
  result,
  topics,
}: {
  query: CatalogueQuery;
  result: CatalogueResult;
  topics: Map<string, string>;
}) {
  const [t, types] = await Promise.all([getTranslations("Catalogue"), getTranslations("CourseType")]);
  const filtering =
    Boolean(query.q) ||
    [result.facets.type, result.facets.language, result.facets.topic].flat().some((f) => f.selected);
  return (
    <details className="collapse-under-md" open={filtering} data-testid="catalogue-filters">
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded border border-slate-300 bg-white px-4 font-semibold">
        <SlidersHorizontal size={18} aria-hidden="true" />
        {t("filters")}
      </summary>
      <form
        method="get"
        action="/find-learning"
        role="search"
        aria-label={t("searchLabel")}
        className="mt-3 space-y-4 md:mt-0"
      >
        <div>
          <label htmlFor="q" className="block font-semibold">
            {t("searchLabel")}
          </label>
          <div className="mt-1 flex gap-2">
            <Input id="q" name="q" type="search" defaultValue={query.q} className="w-full" />
          </div>
        </div>
        <FacetGroup legend={t("type")} name="type" facets={result.facets.type} label={(v) => types(v as "ELEARNING")} />
        <FacetGroup
          legend={t("languages")}
          name="language"
          facets={result.facets.language}
          label={(v) => (isLocale(v) ? LOCALE_NAMES[v] : v)}
        />
        <FacetGroup legend={t("topic")} name="topic" facets={result.facets.topic} label={(v) => topics.get(v) ?? v} />
        <div className="flex gap-2">
          <Button>{t("apply")}</Button>
          <a href="/find-learning" className="flex min-h-11 items-center rounded border border-slate-400 px-4">
            {t("clear")}
          </a>
        </div>
      </form>
    </details>
  );
}
