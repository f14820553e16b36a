import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AlertTriangle } from "lucide-react";
import { TextField } from "@/components/forms/text-field";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import {
  courseReport,
  courseReportColumns,
  parseCourseReportFilters,
  type CourseReportColumn,
  type CourseReportRow,
} from "@/lib/team/reports/course-report";
import { loadPage } from "@/lib/http/load-page";
import { pageParam, param, type SearchParams } from "@/lib/http/search-params";
import { managerOn } from "@/lib/team/manager-on";
import { reportQuery } from "../report-params";
import { ReportView } from "../report-view";

const HEADER_KEYS: Record<CourseReportColumn, string> = {
  country: "column.country",
  course: "column.course",
  user: "column.user",
  completedAt: "column.dateCompleted",
  grade: "column.grade",
  dueAt: "column.dueDate",
  overdue: "column.overdue",
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
    "overdue",
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
      // A due date is a day (UTC).
      case "dueAt":
        return row.dueAt ? format.dateTime(row.dueAt, { dateStyle: "medium", timeZone: "UTC" }) : "";
      case "overdue":
        return row.overdue ? (
          <span className="inline-flex items-center gap-1 font-medium text-red-800" data-testid="overdue">
            <AlertTriangle aria-hidden="true" className="size-4" />
            {t("overdue")}
          </span>
        ) : (
          ""
        );
      case "lastLogin":
        return date(row.lastLoginAt);
    }
  };
  return (
    <ReportView
      title={t("courseReport.title")}
      exportHref="/api/team/reports/courses/export"
      query={query}
      country={report.platform ? param(params.country).toUpperCase() : null}
      report={report}
      filters={
        <>
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
          <FormField name="overdue" label={t("dueStatus")}>
            {(control) => (
              <Select {...control} defaultValue={filters.overdue ? "1" : ""}>
                <option value="">{t("any")}</option>
                <option value="1">{t("overdueOnly")}</option>
              </Select>
            )}
          </FormField>
        </>
      }
      columns={columns.map((column) => ({
        label: t(HEADER_KEYS[column]),
        align: column === "grade" ? ("end" as const) : undefined,
      }))}
      rows={report.rows.map((row, index) => ({
        key: `${row.courseCode}-${index}`,
        cells: columns.map((column) => cell(row, column)),
      }))}
    />
  );
}
