import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/catalogue/pagination";
import { DataTable } from "@/components/tables/data-table";
import { TextField } from "@/components/forms/text-field";
import {
  courseReport,
  courseReportColumns,
  parseCourseReportFilters,
  type CourseReportColumn,
  type CourseReportRow,
} from "@/lib/team/reports/course-report";
import { CountryFilter } from "../../country-filter";
import { ReportHeader } from "../report-header";
import { loadPage } from "@/lib/http/load-page";
import { pageParam, param, type SearchParams } from "@/lib/http/search-params";
import { managerOn } from "@/lib/team/manager-on";
import { reportQuery } from "../report-params";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Panel } from "@/components/ui/panel";

const HEADER_KEYS: Record<CourseReportColumn, string> = {
  country: "column.country",
  course: "column.course",
  user: "column.user",
  completedAt: "column.dateCompleted",
  grade: "column.grade",
  lastLogin: "column.lastLogin",
};

// "NC - Course Report": who took which course and when they completed it; filters live in the URL.
export default async function CourseReportPage({ searchParams }: { searchParams: SearchParams }) {
  const { site, viewer } = await loadPage({ signIn: "/team/reports/courses", can: "team.manage" });
  const manager = managerOn(site, viewer, await getLocale());
  const { params, query } = await reportQuery(searchParams, [
    "course",
    "completedFrom",
    "completedTo",
    "minGrade",
    "country",
  ]);
  const filters = parseCourseReportFilters(params);
  const [t, format, report] = await Promise.all([
    getTranslations("Team"),
    getFormatter(),
    courseReport(manager, filters, pageParam(params.page)),
  ]);
  const columns = courseReportColumns(report.platform);
  const date = (value: Date | null) => (value ? format.dateTime(value, { dateStyle: "medium" }) : "");
  const cell = (row: CourseReportRow, column: CourseReportColumn) => {
    switch (column) {
      case "country":
        return row.country;
      case "course":
        return row.course;
      case "user":
        return row.deleted ? t("deletedUser") : `${row.firstName} ${row.lastName}`;
      case "completedAt":
        return date(row.completedAt);
      // The grade at completion exists for courses with quizzes only.
      case "grade":
        return row.grade === null ? "" : format.number(row.grade);
      case "lastLogin":
        return date(row.lastLoginAt);
    }
  };
  return (
    <div className="space-y-6">
      <ReportHeader title={t("courseReport.title")} exportHref="/api/team/reports/courses/export" query={query} />
      <Panel as="form" className="space-y-4" aria-label={t("filters")}>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <TextField name="course" label={t("courseNameContains")} type="search" defaultValue={filters.course} />
          <TextField
            name="completedFrom"
            label={t("completedFrom")}
            type="date"
            defaultValue={param(params.completedFrom)}
          />
          <TextField name="completedTo" label={t("completedTo")} type="date" defaultValue={param(params.completedTo)} />
          <TextField
            name="minGrade"
            label={t("minGrade")}
            type="number"
            min={0}
            max={100}
            defaultValue={param(params.minGrade)}
          />
          {report.platform ? (
            <CountryFilter value={param(params.country).toUpperCase()} className="mt-1 w-full" />
          ) : null}
        </div>
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
            caption={t("courseReport.title")}
            className="text-sm"
            columns={columns.map((column) => ({
              label: t(HEADER_KEYS[column]),
              align: column === "grade" ? ("end" as const) : undefined,
            }))}
          >
            {report.rows.map((row, index) => (
              <tr
                key={`${row.courseCode}-${index}`}
                className="border-b border-slate-100 align-top"
                data-testid="report-row"
              >
                {columns.map((column) => (
                  <td key={column} className={`p-2 ${column === "grade" ? "text-end" : ""}`}>
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
