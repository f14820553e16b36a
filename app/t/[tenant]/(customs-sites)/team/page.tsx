import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/catalogue/pagination";
import { DataTable } from "@/components/tables/data-table";
import { listTeam } from "@/lib/team/list-team";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { CountryFilter } from "./country-filter";
import { ExportMenu } from "@/components/reports/export-menu";
import { CrossIcon, EyeIcon, SettingsIcon } from "./icons";
import { TeamNav } from "./team-nav";
import { loadPage } from "@/lib/http/load-page";
import { pageParam, param, type SearchParams } from "@/lib/http/search-params";
import { managerOn } from "@/lib/team/manager-on";
import { Button } from "@/components/ui/button";
import { PageTitle } from "@/components/ui/page-title";
import { Notice } from "@/components/ui/notice";
import { Label } from "@/components/ui/label";
import { Input } from "@/components/ui/input";
import { EmptyState } from "@/components/ui/empty-state";
import { TextLink } from "@/components/ui/text-link";

const DONE = ["suspended", "reactivated", "deleted"] as const;
const ERRORS = ["notYourself"] as const;
const iconButton =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded border border-slate-300 p-1.5 hover:bg-slate-100";

// The coordinator's Team: the administration's users with their learning, searchable by name, paged on the
// server; per user a link to edit, a button to suspend or reactivate and one to delete.
export default async function TeamPage({ searchParams }: { searchParams: SearchParams }) {
  const { site, viewer } = await loadPage({ signIn: "/team", can: "team.manage" });
  const manager = managerOn(site, viewer, await getLocale());
  const params = await searchParams;
  const q = param(params.q).slice(0, 100);
  const country = param(params.country).toUpperCase().slice(0, 2);
  const [t, fields, format, result] = await Promise.all([
    getTranslations("Team"),
    getTranslations("Fields"),
    getFormatter(),
    listTeam(manager, { q, country, page: pageParam(params.page) }),
  ]);
  const query = new URLSearchParams({ ...(q ? { q } : {}), ...(result.platform && country ? { country } : {}) });
  const returnTo = `/team?${new URLSearchParams({ ...Object.fromEntries(query), page: String(result.page) }).toString()}`;
  const done = DONE.find((key) => key === param(params.done));
  const error = ERRORS.find((key) => key === param(params.error));
  const columns = [
    ...(result.platform ? [{ label: t("column.country") }] : []),
    { label: t("column.fullName") },
    { label: t("column.username") },
    { label: t("column.email") },
    { label: t("column.position") },
    { label: t("column.status") },
    { label: t("column.lastLogin") },
    { label: t("column.started"), align: "end" as const },
    { label: t("column.completed"), align: "end" as const },
    { label: t("column.competencies"), align: "end" as const },
    { label: t("column.actions") },
  ];
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <PageTitle>{t("title")}</PageTitle>
        <ExportMenu href="/api/team/export" params={query} />
      </div>
      <TeamNav current="users" />
      {done ? (
        <Notice tone="success" bordered>
          {t(`done.${done}`)}
        </Notice>
      ) : null}
      {error ? (
        <Notice tone="error" bordered>
          {fields(error)}
        </Notice>
      ) : null}
      <form role="search" className="flex flex-wrap items-end gap-2">
        <div className="min-w-64 flex-1">
          <Label htmlFor="q">{t("searchByName")}</Label>
          <Input id="q" name="q" type="search" defaultValue={q} className="mt-1 w-full" />
        </div>
        {result.platform ? <CountryFilter value={country} className="mt-1" /> : null}
        <Button>{t("search")}</Button>
      </form>
      <p role="status" data-testid="result-count">
        {t("userCount", { count: result.total })}
      </p>
      {result.members.length === 0 ? (
        <EmptyState>{q ? t("noMatch") : t("noUsers")}</EmptyState>
      ) : (
        <div className="overflow-x-auto">
          <DataTable caption={t("title")} className="text-sm" columns={columns}>
            {result.members.map((m) => {
              const name = `${m.firstName} ${m.lastName}`;
              const suspended = m.status === "SUSPENDED";
              const self = m.id === viewer.id;
              return (
                <tr key={m.id} className="border-b border-slate-100 align-top" data-testid="team-row">
                  {result.platform ? <td className="p-2">{m.country}</td> : null}
                  <td className="p-2 font-medium">
                    <TextLink href={`/team/${m.id}`}>{name}</TextLink>
                  </td>
                  <td className="p-2">{m.username}</td>
                  <td className="p-2 break-all">{m.email}</td>
                  <td className="p-2">{m.position ?? ""}</td>
                  <td className="p-2">{t(`status.${m.status}`)}</td>
                  <td className="p-2 whitespace-nowrap">
                    {m.lastLoginAt ? format.dateTime(m.lastLoginAt, { dateStyle: "medium" }) : t("never")}
                  </td>
                  <td className="p-2 text-end">{m.coursesStarted}</td>
                  <td className="p-2 text-end">{m.coursesCompleted}</td>
                  <td className="p-2 text-end">{m.competencies}</td>
                  <td className="p-2">
                    <div className="flex gap-1">
                      <Link
                        href={`/team/${m.id}`}
                        className={iconButton}
                        aria-label={t("editUser", { name })}
                        title={t("editUser", { name })}
                      >
                        <SettingsIcon />
                      </Link>
                      {self ? null : (
                        <>
                          <form action={`/api/team/users/${m.id}`} method="post">
                            <input type="hidden" name="op" value={suspended ? "reactivate" : "suspend"} />
                            <input type="hidden" name="returnTo" value={returnTo} />
                            <button
                              type="submit"
                              className={iconButton}
                              aria-label={t(suspended ? "reactivateUser" : "suspendUser", { name })}
                              title={t(suspended ? "reactivateUser" : "suspendUser", { name })}
                            >
                              <EyeIcon crossed={suspended} />
                            </button>
                          </form>
                          <form action={`/api/team/users/${m.id}`} method="post">
                            <input type="hidden" name="op" value="delete" />
                            <input type="hidden" name="returnTo" value={returnTo} />
                            <ConfirmButton
                              question={t("deleteConfirm", { name })}
                              variant="neutral"
                              size="icon"
                              className="text-red-700"
                              aria-label={t("deleteUser", { name })}
                              title={t("deleteUser", { name })}
                            >
                              <CrossIcon />
                            </ConfirmButton>
                          </form>
                        </>
                      )}
                    </div>
                  </td>
                </tr>
              );
            })}
          </DataTable>
        </div>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} params={query} />
    </div>
  );
}
