import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Pagination } from "@/components/catalogue/pagination";
import { DataTable } from "@/components/tables/data-table";
import { listApplications } from "@/lib/team/list-applications";
import { TeamNav } from "../team-nav";
import { loadPage } from "@/lib/http/load-page";
import { pageParam, param, type SearchParams } from "@/lib/http/search-params";
import { managerOn } from "@/lib/team/manager-on";
import { Button } from "@/components/ui/button";
import { PageTitle } from "@/components/ui/page-title";
import { Notice } from "@/components/ui/notice";
import { EmptyState } from "@/components/ui/empty-state";

// Every registration request, enrolment request and workshop application of the administration, newest first,
// with Accept / Deny.
export default async function ApplicationsPage({ searchParams }: { searchParams: SearchParams }) {
  const { site, viewer } = await loadPage({ signIn: "/team/applications", can: "team.manage" });
  const manager = managerOn(site, viewer, await getLocale());
  const params = await searchParams;
  const [t, format, result] = await Promise.all([
    getTranslations("Team"),
    getFormatter(),
    listApplications(manager, pageParam(params.page)),
  ]);
  const done = ["accepted", "denied"].find((key) => key === param(params.done));
  return (
    <div className="space-y-6">
      <PageTitle>{t("applicationsTitle")}</PageTitle>
      <TeamNav current="applications" />
      {done ? (
        <Notice tone="success" bordered>
          {t(`applicationDone.${done}`)}
        </Notice>
      ) : null}
      {param(params.error) === "alreadyDecided" ? (
        <Notice tone="error" bordered>
          {t("alreadyDecided")}
        </Notice>
      ) : null}
      {result.applications.length === 0 ? (
        <EmptyState>{t("noApplications")}</EmptyState>
      ) : (
        <div className="overflow-x-auto">
          <DataTable
            caption={t("applicationsTitle")}
            className="text-sm"
            columns={[
              { label: t("column.country") },
              { label: t("column.requester") },
              { label: t("column.email") },
              { label: t("column.requestType") },
              { label: t("column.course") },
              { label: t("column.date") },
              { label: t("column.status") },
              { label: t("column.actions") },
            ]}
          >
            {result.applications.map((a) => (
              <tr
                key={`${a.type}-${a.id}`}
                className="border-b border-slate-100 align-top"
                data-testid="application-row"
              >
                <td className="p-2">{a.country}</td>
                <td className="p-2 font-medium">{a.requester}</td>
                <td className="p-2 break-all">{a.email}</td>
                <td className="p-2">{t(`requestType.${a.type}`)}</td>
                <td className="p-2">
                  {a.course ?? ""}
                  {a.session ? (
                    <span className="block text-slate-700" data-testid="application-session">
                      {a.session}
                    </span>
                  ) : null}
                </td>
                <td className="p-2 whitespace-nowrap">{format.dateTime(a.date, { dateStyle: "medium" })}</td>
                <td className="p-2">{t(`requestStatus.${a.status}`)}</td>
                <td className="p-2">
                  {a.decidable ? (
                    <div className="flex flex-wrap items-center gap-2">
                      <form action={`/api/team/applications/${a.id}`} method="post">
                        <input type="hidden" name="type" value={a.type} />
                        <input type="hidden" name="decision" value="accept" />
                        <Button size="xs" aria-label={t("acceptOf", { name: a.requester })}>
                          {t("accept")}
                        </Button>
                      </form>
                      <form
                        action={`/api/team/applications/${a.id}`}
                        method="post"
                        className="flex flex-wrap items-center gap-1"
                      >
                        <input type="hidden" name="type" value={a.type} />
                        <input type="hidden" name="decision" value="deny" />
                        <label className="sr-only" htmlFor={`reason-${a.id}`}>
                          {t("denyReason", { name: a.requester })}
                        </label>
                        <input
                          id={`reason-${a.id}`}
                          name="reason"
                          placeholder={t("reasonOptional")}
                          className="w-36 rounded border border-slate-400 px-2 py-1"
                        />
                        <ConfirmButton
                          question={t("denyConfirm", { name: a.requester })}
                          variant="danger"
                          size="xs"
                          aria-label={t("denyOf", { name: a.requester })}
                        >
                          {t("deny")}
                        </ConfirmButton>
                      </form>
                    </div>
                  ) : null}
                </td>
              </tr>
            ))}
          </DataTable>
        </div>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} params={new URLSearchParams()} />
    </div>
  );
}
