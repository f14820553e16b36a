import { getTranslations } from "next-intl/server";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { PageTitle } from "@/components/ui/page-title";
import { Panel } from "@/components/ui/panel";
import { TextLink } from "@/components/ui/text-link";
import { loadPage, orNotFound } from "@/lib/http/load-page";
import { listSavedSearches } from "@/lib/learning/list-saved-searches";
import { renameSearchAction } from "../actions";
import { RenameSearchForm } from "./rename-search-form";

const PAGE = "/record-of-learning/saved-searches";

// "Manage your saved searches": rename each, or delete it after a confirmation.
export default async function ManageSavedSearchesPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const [{ viewer, ctx }, { done }, t] = await Promise.all([
    loadPage({ signIn: PAGE }),
    searchParams,
    getTranslations("RecordOfLearning"),
  ]);
  const saved = await orNotFound(listSavedSearches(ctx, viewer.id));
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <p className="text-sm">
        <TextLink href="/record-of-learning">{t("title")}</TextLink>
      </p>
      <PageTitle>{t("manageTitle")}</PageTitle>
      {done === "deleted" ? (
        <Notice tone="success" bordered compact>
          {t("done.deleted")}
        </Notice>
      ) : null}
      {saved.length === 0 ? (
        <EmptyState>{t("noSavedSearches")}</EmptyState>
      ) : (
        <ul className="space-y-3">
          {saved.map((s) => (
            <li key={s.id} data-testid="managed-search">
              <Panel className="space-y-3">
                <p className="text-sm text-slate-700">
                  {s.query ? t("searchFor", { query: s.query }) : t("searchAll")}
                  {s.isDefault ? ` · ${t("defaultView")}` : ""}
                </p>
                <RenameSearchForm rename={renameSearchAction.bind(null, s.id)} name={s.name} />
                <form method="post" action={`/api/record-of-learning/saved-searches/${s.id}`}>
                  <input type="hidden" name="op" value="delete" />
                  <input type="hidden" name="returnTo" value={PAGE} />
                  <ConfirmButton question={t("deleteQuestion", { name: s.name })} variant="danger" size="sm">
                    {t("delete")}
                    <span className="sr-only"> – {s.name}</span>
                  </ConfirmButton>
                </form>
              </Panel>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
