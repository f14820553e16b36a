import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/catalogue/pagination";
import { DataTable } from "@/components/tables/data-table";
import { TextField } from "@/components/forms/text-field";
import {
  USERS_REPORT_COLUMNS,
  parseUsersReportFilters,
  usersReport,
  visibleUsersColumns,
  type UsersReportColumn,
  type UsersReportRow,
} from "@/lib/team/reports/users-report";
import { CountryFilter } from "../../country-filter";
import { ReportHeader } from "../report-header";
import { loadPage } from "@/lib/http/load-page";
import { pageParam, param, type SearchParams } from "@/lib/http/search-params";
import { managerOn } from "@/lib/team/manager-on";
import { reportQuery } from "../report-params";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { EmptyState } from "@/components/ui/empty-state";
import { Select } from "@/components/ui/select";
import { Panel } from "@/components/ui/panel";

const HEADER_KEYS: Record<UsersReportColumn, string> = {
  country: "column.country",
  fullName: "column.fullName",
  course: "column.course",
  organisation: "column.organisation",
  completionOrganisation: "column.completionOrganisation",
  position: "column.position",
  status: "column.completionStatus",
  completedAt: "column.completionDate",
};

// "NC - Users Report": filters and shown columns live in the URL, so a report can be bookmarked and exported as shown.
export default async function UsersReportPage({ searchParams }: { searchParams: SearchParams }) {
  const { site, viewer } = await loadPage({ signIn: "/team/reports/users", can: "team.manage" });
  const manager = managerOn(site, viewer, await getLocale());
  const { params, query } = await reportQuery(searchParams, ["q", "lastLoginSince", "complete", "country", "col"]);
  const filters = parseUsersReportFilters(params);
  const [t, format, report] = await Promise.all([
    getTranslations("Team"),
    getFormatter(),
    usersReport(manager, filters, pageParam(params.page)),
  ]);
  const columns = visibleUsersColumns(query.getAll("col"), report.platform);
  const available = USERS_REPORT_COLUMNS.filter((column) => report.platform || column !== "country");
  const cell = (row: UsersReportRow, column: UsersReportColumn) => {
    switch (column) {
      case "fullName":
        return `${row.firstName} ${row.lastName}`;
      case "status":
        return t(`enrolmentStatus.${row.status}`);
      case "completedAt":
        return row.completedAt ? format.dateTime(row.completedAt, { dateStyle: "medium" }) : "";
      default:
        return row[column] ?? "";
    }
  };
  return (
    <div className="space-y-6">
      <ReportHeader title={t("usersReport.title")} exportHref="/api/team/reports/users/export" query={query} />
      <Panel as="form" className="space-y-4" aria-label={t("filters")}>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <TextField name="q" label={t("searchByName")} type="search" defaultValue={filters.q} />
          <TextField
            name="lastLoginSince"
            label={t("lastLoginSince")}
            type="date"
            defaultValue={param(params.lastLoginSince)}
          />
          <div>
            <Label htmlFor="complete">{t("isComplete")}</Label>
            <Select id="complete" name="complete" defaultValue={param(params.complete)} className="mt-1 w-full">
              <option value="">{t("any")}</option>
              <option value="yes">{t("yes")}</option>
              <option value="no">{t("no")}</option>
            </Select>
          </div>
          {report.platform ? (
            <CountryFilter value={param(params.country).toUpperCase()} className="mt-1 w-full" />
          ) : null}
        </div>
        <fieldset>
          <legend className="font-medium">{t("columnsShown")}</legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {available.map((column) => (
              <label key={column} className="flex items-center gap-1">
                <input
                  type="checkbox"
                  name="col"
                  value={column}
                  defaultChecked={columns.includes(column)}
                  className="h-4 w-4"
                />
                {t(HEADER_KEYS[column])}
              </label>
            ))}
          </div>
        </fieldset>
        <Button>{t("apply")}</Button>
      </Panel>
      <p role="status" data-testid="result-count">
        {t("rowCount", { count: report.total })}
      </p>
      {report.rows.length === 0 ? (
        <EmptyState>{t("noRows")}</EmptyState>
      ) : (
        <div className="overflow-x-auto">
          <DataTable
            caption={t("usersReport.title")}
            className="text-sm"
            columns={columns.map((column) => ({ label: t(HEADER_KEYS[column]) }))}
          >
            {report.rows.map((row, index) => (
              <tr
                key={`${row.userId}-${index}`}
                className="border-b border-slate-100 align-top"
                data-testid="report-row"
              >
                {columns.map((column) => (
                  <td key={column} className="p-2">
                    {cell(row, column)}
                  </td>
                ))}
              </tr>
            ))}
          </DataTable>
        </div>
      )}
      <Pagination page={report.page} pageCount={report.pageCount} params={query} />
    </div>
  );
}
