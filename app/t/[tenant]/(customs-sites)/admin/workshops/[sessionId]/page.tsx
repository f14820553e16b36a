import { getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/tables/data-table";
import type { Outcome } from "@/lib/workshops/decide-selection";
import { getSelectionSession } from "@/lib/workshops/get-selection-session";
import { loadPage, orNotFound } from "@/lib/http/load-page";
import { selectorOn } from "@/lib/workshops/selector";
import { PageTitle } from "@/components/ui/page-title";
import { Notice } from "@/components/ui/notice";
import { EmptyState } from "@/components/ui/empty-state";
import { TextLink } from "@/components/ui/text-link";
import { formatSessionDates } from "@/lib/i18n/zoned-time";

const ACTIONS: Array<{
  outcome: Outcome;
  key: "select" | "waitingList" | "notSelect";
  of: "selectOf" | "waitingListOf" | "notSelectOf";
}> = [
  { outcome: "SELECTED", key: "select", of: "selectOf" },
  { outcome: "WAITING_LIST", key: "waitingList", of: "waitingListOf" },
  { outcome: "NOT_SELECTED", key: "notSelect", of: "notSelectOf" },
];

// One session's candidates (who gave their information), with country and answers, and the selection.
export default async function WorkshopSelectionSessionPage({
  params,
  searchParams,
}: {
  params: Promise<{ sessionId: string }>;
  searchParams: Promise<{ done?: string; error?: string }>;
}) {
  const [{ sessionId }, query] = await Promise.all([params, searchParams]);
  const { site, viewer } = await loadPage({ signIn: `/admin/workshops/${sessionId}`, can: "workshops.select" });
  const selector = selectorOn(site, viewer);
  const locale = await getLocale();
  const data = await orNotFound(getSelectionSession(selector, sessionId, locale));
  const [t, workshops] = await Promise.all([getTranslations("Workshops.selection"), getTranslations("Workshops")]);
  const { session, candidates } = data;
  const error = query.error === "full" || query.error === "notACandidate" ? query.error : null;
  return (
    <div className="space-y-6">
      <p>
        <TextLink href="/admin/workshops">{t("backToSessions")}</TextLink>
      </p>
      <div>
        <PageTitle>{session.title}</PageTitle>
        <p className="text-slate-700">
          {formatSessionDates(session, locale)} · {[session.place, session.onlineUrl].filter(Boolean).join(" · ")}
        </p>
        <p className="font-medium" data-testid="seats">
          {t("seats", { selected: data.selected, capacity: session.capacity })}
        </p>
      </div>
      {query.done ? (
        <Notice tone="success" bordered>
          {t("done")}
        </Notice>
      ) : null}
      {error ? (
        <Notice tone="error" bordered>
          {workshops(`error.${error}`)}
        </Notice>
      ) : null}
      <h2 className="text-2xl font-semibold">{t("candidates")}</h2>
      {candidates.length === 0 ? (
        <EmptyState>{t("noCandidates")}</EmptyState>
      ) : (
        <div className="overflow-x-auto">
          <DataTable
            caption={t("candidates")}
            className="text-sm"
            columns={[
              { label: t("name") },
              { label: t("country") },
              { label: t("answers") },
              { label: t("status") },
              { label: t("actions") },
            ]}
          >
            {candidates.map((c) => (
              <tr key={c.id} className="border-b border-slate-100 align-top" data-testid="candidate-row">
                <td className="p-2">
                  <span className="font-medium">{c.name}</span>
                  <span className="block break-all text-slate-700">{c.email}</span>
                </td>
                <td className="p-2">{c.country}</td>
                <td className="p-2">
                  <dl className="space-y-1">
                    {c.answers.map((a) => (
                      <div key={a.label}>
                        <dt className="font-medium">{a.label}</dt>
                        <dd dir="auto" className="whitespace-pre-line">
                          {a.kind === "yesno" && a.value ? workshops(a.value === "yes" ? "yes" : "no") : a.value}
                        </dd>
                      </div>
                    ))}
                  </dl>
                </td>
                <td className="p-2">
                  {workshops(`status.${c.status}`)}
                  {c.status === "WAITING_LIST" && c.waitingListPosition
                    ? ` (${t("position", { position: c.waitingListPosition })})`
                    : ""}
                </td>
                <td className="p-2">
                  <div className="flex flex-wrap gap-2">
                    {ACTIONS.filter((a) => a.outcome !== c.status).map((a) => (
                      <form key={a.outcome} action={`/api/workshops/selection/${c.id}`} method="post">
                        <input type="hidden" name="sessionId" value={session.id} />
                        <input type="hidden" name="outcome" value={a.outcome} />
                        <button
                          type="submit"
                          aria-label={t(a.of, { name: c.name })}
                          className={
                            a.outcome === "SELECTED"
                              ? "rounded bg-brand px-2 py-1 text-white"
                              : "rounded border border-slate-500 px-2 py-1"
                          }
                        >
                          {t(a.key)}
                        </button>
                      </form>
                    ))}
                  </div>
                </td>
              </tr>
            ))}
          </DataTable>
        </div>
      )}
    </div>
  );
}
