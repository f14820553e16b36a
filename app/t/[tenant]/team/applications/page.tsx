import { getFormatter, getTranslations } from "next-intl/server";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { Pagination } from "@/components/catalogue/pagination";
import { DataTable } from "@/components/tables/data-table";
import { listApplications } from "@/lib/team/list-applications";
import { pageParam, param, requireTeamManager, type SearchParams } from "../guard";
import { TeamNav } from "../team-nav";

// Every registration request, enrolment request and workshop application of the administration, newest first,
// with Accept / Deny.
export default async function ApplicationsPage({ searchParams }: { searchParams: SearchParams }) {
  const { manager } = await requireTeamManager("/team/applications");
  const params = await searchParams;
  const [t, format, result] = await Promise.all([getTranslations("Team"), getFormatter(), listApplications(manager, pageParam(params.page))]);
  const done = ["accepted", "denied"].find((key) => key === param(params.done));
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("applicationsTitle")}</h1>
      <TeamNav current="applications" />
      {done ? <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">{t(`applicationDone.${done}`)}</p> : null}
      {param(params.error) === "alreadyDecided" ? <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">{t("alreadyDecided")}</p> : null}
      {result.applications.length === 0 ? (
        <p className="rounded border border-slate-200 bg-white p-4">{t("noApplications")}</p>
      ) : (
        <div className="overflow-x-auto">
          <DataTable
            caption={t("applicationsTitle")}
            className="text-sm"
            columns={[{ label: t("column.country") }, { label: t("column.requester") }, { label: t("column.email") }, { label: t("column.requestType") }, { label: t("column.course") }, { label: t("column.date") }, { label: t("column.status") }, { label: t("column.actions") }]}
          >
            {result.applications.map((a) => (
              <tr key={`${a.type}-${a.id}`} className="border-b border-slate-100 align-top" data-testid="application-row">
                <td className="p-2">{a.country}</td>
                <td className="p-2 font-medium">{a.requester}</td>
                <td className="p-2 break-all">{a.email}</td>
                <td className="p-2">{t(`requestType.${a.type}`)}</td>
                <td className="p-2">{a.course ?? ""}{a.session ? <span className="block text-slate-700" data-testid="application-session">{a.session}</span> : null}</td>
                <td className="p-2 whitespace-nowrap">{format.dateTime(a.date, { dateStyle: "medium" })}</td>
                <td className="p-2">{t(`requestStatus.${a.status}`)}</td>
                <td className="p-2">
                  {a.decidable ? (
                    <div className="flex flex-wrap items-center gap-2">
                      <form action={`/api/team/applications/${a.id}`} method="post">
                        <input type="hidden" name="type" value={a.type} />
                        <input type="hidden" name="decision" value="accept" />
                        <button type="submit" className="rounded bg-brand px-2 py-1 text-white" aria-label={t("acceptOf", { name: a.requester })}>{t("accept")}</button>
                      </form>
                      <form action={`/api/team/applications/${a.id}`} method="post" className="flex flex-wrap items-center gap-1">
                        <input type="hidden" name="type" value={a.type} />
                        <input type="hidden" name="decision" value="deny" />
                        <label className="sr-only" htmlFor={`reason-${a.id}`}>{t("denyReason", { name: a.requester })}</label>
                        <input id={`reason-${a.id}`} name="reason" placeholder={t("reasonOptional")} className="w-36 rounded border border-slate-400 px-2 py-1" />
                        <ConfirmButton question={t("denyConfirm", { name: a.requester })} className="rounded border border-red-700 px-2 py-1 text-red-800" aria-label={t("denyOf", { name: a.requester })}>{t("deny")}</ConfirmButton>
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
