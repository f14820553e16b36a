import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { TextField } from "@/components/forms/text-field";
import {
  USERS_REPORT_COLUMNS,
  USERS_REPORT_PARAMS,
  parseUsersReportFilters,
  usersReport,
  visibleUsersColumns,
  type UsersReportColumn,
  type UsersReportRow,
} from "@/lib/team/reports/users-report";
import { loadPage } from "@/lib/http/load-page";
import { pageParam, param, type SearchParams } from "@/lib/http/search-params";
import { managerOn } from "@/lib/team/manager-on";
import { reportQuery } from "../report-params";
import { ReportView } from "../report-view";
import { DateFilterFields } from "../date-filter-fields";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";

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
  const { params, query } = await reportQuery(searchParams, USERS_REPORT_PARAMS);
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
    <ReportView
      title={t("usersReport.title")}
      exportHref="/api/team/reports/users/export"
      query={query}
      country={report.platform ? param(params.country).toUpperCase() : null}
      report={report}
      filters={
        <>
          <TextField name="q" label={t("searchByName")} type="search" defaultValue={filters.q} />
          <FormField name="complete" label={t("isComplete")}>
            {(control) => (
              <Select {...control} defaultValue={param(params.complete)}>
                <option value="">{t("any")}</option>
                <option value="yes">{t("yes")}</option>
                <option value="no">{t("no")}</option>
              </Select>
            )}
          </FormField>
        </>
      }
      moreFilters={
        <>
          <DateFilterFields prefix="login" legend={t("userLastLogin")} params={params} />
          <DateFilterFields prefix="completed" legend={t("column.completionDate")} params={params} />
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
        </>
      }
      columns={columns.map((column) => ({ label: t(HEADER_KEYS[column]) }))}
      rows={report.rows.map((row, index) => ({
        key: `${row.userId}-${index}`,
        cells: columns.map((column) => cell(row, column)),
      }))}
    />
  );
}
