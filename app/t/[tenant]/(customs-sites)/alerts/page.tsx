import { Check } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/catalogue/pagination";
import { listAlerts } from "@/lib/notifications/list-alerts";
import { pageParam, type SearchParams } from "@/lib/http/search-params";
import { loadPage } from "@/lib/http/load-page";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { EmptyState } from "@/components/ui/empty-state";
import { TextLink } from "@/components/ui/text-link";

// The viewer's Alerts panel: newest first, unread ones marked, and "Mark all as read". An alert that carries
// the message someone else was sent (a coordinator's notice of a participant's selection) shows it folded; one that asked
// for a decision says when it is done.
export default async function AlertsPage({ searchParams }: { searchParams: SearchParams }) {
  const { viewer } = await loadPage({ signIn: "/alerts" });
  const params = await searchParams;
  const [t, format, result] = await Promise.all([
    getTranslations("Alerts"),
    getFormatter(),
    listAlerts({ id: viewer.id, homeTenantId: viewer.homeTenantId }, pageParam(params.page)),
  ]);
  const unread = result.alerts.some((a) => !a.readAt);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="flex-1 text-3xl font-bold">{t("title")}</h1>
        {unread ? (
          <form action="/api/alerts/read" method="post">
            <Button variant="secondary">{t("markAllRead")}</Button>
          </form>
        ) : null}
      </div>
      {params.done === "read" ? (
        <Notice tone="success" bordered>
          {t("allRead")}
        </Notice>
      ) : null}
      {result.alerts.length === 0 ? (
        <EmptyState>{t("none")}</EmptyState>
      ) : (
        <ul className="space-y-2">
          {result.alerts.map((alert) => (
            <li
              key={alert.id}
              data-testid="alert"
              data-unread={alert.readAt ? undefined : "true"}
              className={`flex flex-wrap items-start gap-3 rounded border p-3 ${alert.readAt ? "border-slate-200 bg-white" : "border-brand bg-blue-50"}`}
            >
              {alert.readAt ? null : (
                <span className="rounded bg-brand px-2 py-0.5 text-xs font-semibold text-white">{t("unread")}</span>
              )}
              {alert.doneAt ? (
                <span
                  data-testid="alert-done"
                  className="inline-flex items-center gap-1 rounded bg-green-100 px-2 py-0.5 text-xs font-semibold text-green-900"
                >
                  <Check aria-hidden="true" className="size-3" />
                  {t("done")}
                </span>
              ) : null}
              <div className="min-w-0 flex-1 space-y-2">
                <p>{t.has(alert.kind) ? t(alert.kind, alert.params) : alert.kind}</p>
                {alert.params.message ? (
                  <details data-testid="alert-message">
                    <summary className="flex min-h-11 cursor-pointer items-center text-sm font-medium text-brand">
                      {t("messageSent")}
                    </summary>
                    <div className="mt-2 rounded bg-white p-3 text-sm break-words whitespace-pre-line">
                      <p className="font-semibold">{alert.params.subject}</p>
                      <p>{alert.params.message}</p>
                    </div>
                  </details>
                ) : null}
              </div>
              <time dateTime={alert.createdAt.toISOString()} className="text-sm text-slate-600">
                {format.dateTime(alert.createdAt, { dateStyle: "medium", timeStyle: "short" })}
              </time>
              {alert.href ? <TextLink href={alert.href}>{t("open")}</TextLink> : null}
            </li>
          ))}
        </ul>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} params={new URLSearchParams()} />
    </div>
  );
}
