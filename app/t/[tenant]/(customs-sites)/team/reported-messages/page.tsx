import { Check, Trash2 } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/catalogue/pagination";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { PageTitle } from "@/components/ui/page-title";
import { loadPage } from "@/lib/http/load-page";
import { pageParam, param, type SearchParams } from "@/lib/http/search-params";
import { REPORTED_MESSAGES_PATH } from "@/lib/messages/review";
import { viewMessageReports } from "@/lib/messages/view-message-reports";
import { TeamNav } from "../team-nav";

type Report = Awaited<ReturnType<typeof viewMessageReports>>["reports"][number];

// The messages reported to the viewer's tenant (ADR 0047): the open ones first with Remove and Dismiss, each asked
// again before it is done, then the decided ones with who decided what and when.
export default async function ReportedMessagesPage({ searchParams }: { searchParams: SearchParams }) {
  const entry = await loadPage({ signIn: REPORTED_MESSAGES_PATH, can: "messages.review" });
  const params = await searchParams;
  const [t, format, view] = await Promise.all([
    getTranslations("MessageReports"),
    getFormatter(),
    viewMessageReports(entry, pageParam(params.page)),
  ]);
  const done = ["removed", "dismissed"].find((key) => key === param(params.done));
  const date = (at: Date) => format.dateTime(at, { dateStyle: "medium", timeStyle: "short" });
  const open = view.reports.filter((r) => !r.decidedAt);
  const decided = view.reports.filter((r) => r.decidedAt);

  const card = (report: Report) => (
    <li key={report.id} data-testid="message-report" className="space-y-3 rounded border border-slate-200 bg-white p-4">
      <p className="flex flex-wrap gap-x-4 text-sm text-slate-700">
        <span>{t("writtenBy", { name: report.authorName })}</span>
        <span>{t("reportedBy", { name: report.reporterName })}</span>
        <time dateTime={report.createdAt.toISOString()}>{date(report.createdAt)}</time>
      </p>
      <blockquote className="rounded bg-slate-50 p-3 break-words whitespace-pre-line">{report.body}</blockquote>
      <p className="text-sm break-words">
        <span className="font-semibold">{t("reason")}</span> {report.reason}
      </p>
      {report.decidedAt ? (
        <p className="text-sm text-slate-700" data-testid="report-decision">
          {t(report.decision === "REMOVED" ? "removedBy" : "dismissedBy", {
            name: report.decidedByName ?? "",
            date: date(report.decidedAt),
          })}
        </p>
      ) : (
        <div className="flex flex-wrap gap-2">
          <form method="post" action={`/api/message-reports/${report.id}`}>
            <input type="hidden" name="decision" value="remove" />
            <ConfirmButton question={t("removeQuestion", { name: report.authorName })} variant="danger" size="sm">
              <Trash2 size={16} aria-hidden="true" />
              {t("remove")}
            </ConfirmButton>
          </form>
          <form method="post" action={`/api/message-reports/${report.id}`}>
            <input type="hidden" name="decision" value="dismiss" />
            <ConfirmButton question={t("dismissQuestion")} variant="secondary" size="sm">
              <Check size={16} aria-hidden="true" />
              {t("dismiss")}
            </ConfirmButton>
          </form>
        </div>
      )}
    </li>
  );

  return (
    <div className="space-y-6">
      <PageTitle>{t("title")}</PageTitle>
      <TeamNav current="reportedMessages" />
      <p className="text-slate-700">{t("intro")}</p>
      {done ? (
        <Notice tone="success" bordered>
          {t(`done.${done}`)}
        </Notice>
      ) : null}
      {param(params.error) === "alreadyDecided" ? (
        <Notice tone="error" bordered>
          {t("alreadyDecided")}
        </Notice>
      ) : null}
      {view.total === 0 ? (
        <EmptyState>{t("none")}</EmptyState>
      ) : (
        <>
          {view.page === 1 ? (
            <section aria-labelledby="open-reports" className="space-y-3">
              <h2 id="open-reports" className="text-xl font-semibold">
                {t("open", { count: view.open })}
              </h2>
              {open.length === 0 ? (
                <EmptyState>{t("noneOpen")}</EmptyState>
              ) : (
                <ul className="space-y-3">{open.map(card)}</ul>
              )}
            </section>
          ) : open.length > 0 ? (
            <ul className="space-y-3">{open.map(card)}</ul>
          ) : null}
          {decided.length > 0 ? (
            <section aria-labelledby="decided-reports" className="space-y-3">
              <h2 id="decided-reports" className="text-xl font-semibold">
                {t("decided")}
              </h2>
              <ul className="space-y-3">{decided.map(card)}</ul>
            </section>
          ) : null}
        </>
      )}
      <Pagination page={view.page} pageCount={view.pages} params={new URLSearchParams()} />
    </div>
  );
}
