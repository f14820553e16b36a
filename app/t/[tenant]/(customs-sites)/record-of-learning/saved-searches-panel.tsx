import { Star } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Panel } from "@/components/ui/panel";
import { TextLink } from "@/components/ui/text-link";

interface SavedSearch {
  id: string;
  name: string;
  query: string;
  isDefault: boolean;
}

const viewHref = (query: string) => `/record-of-learning?q=${encodeURIComponent(query)}`;

/** "Saved searches" as the User Guide shows them: view one, set it as your default view, manage them. */
export async function SavedSearchesPanel({ saved, query }: { saved: SavedSearch[]; query: string }) {
  const t = await getTranslations("RecordOfLearning");
  return (
    <Panel as="section" aria-labelledby="saved-searches" className="space-y-2">
      <h2 id="saved-searches" className="font-semibold">
        {t("savedSearches")}
      </h2>
      {saved.length === 0 ? (
        <p className="text-sm text-slate-700">{t("noSavedSearches")}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {saved.map((s) => (
            <li key={s.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-1" data-testid="saved-search">
              <TextLink href={viewHref(s.query)} aria-current={s.query === query ? "true" : undefined}>
                {t("viewSearch", { name: s.name })}
              </TextLink>
              {s.isDefault ? (
                <span className="inline-flex items-center gap-1 text-sm text-slate-700">
                  <Star aria-hidden="true" className="h-4 w-4" />
                  {t("defaultView")}
                </span>
              ) : null}
              <form method="post" action={`/api/record-of-learning/saved-searches/${s.id}`}>
                <input type="hidden" name="op" value={s.isDefault ? "undefault" : "default"} />
                <input type="hidden" name="returnTo" value="/record-of-learning" />
                <Button variant="secondary" size="sm">
                  {s.isDefault ? t("clearDefault") : t("setDefault")}
                  <span className="sr-only"> – {s.name}</span>
                </Button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <p className="text-sm">
        <TextLink href="/record-of-learning/saved-searches">{t("manageSearches")}</TextLink>
        {query ? (
          <>
            {" · "}
            <TextLink href="/record-of-learning?q=">{t("allCourses")}</TextLink>
          </>
        ) : null}
      </p>
    </Panel>
  );
}
