import { getTranslations } from "next-intl/server";
import { EXPORT_ROW_LIMIT, tableResponse } from "@/lib/reports/table-response";
import { courseReportExport, courseReportTable, parseCourseReportFilters } from "@/lib/team/reports/course-report";
import { exportFileName, teamExport } from "../../../export-guard";

// "NC - Course Report" with the page's filters as CSV, Excel or PDF; 404 for anyone not allowed.
export const GET = teamExport(async (gate) => {
  const { manager, format, locale, url } = gate;
  const t = await getTranslations("Team");
  const filters = parseCourseReportFilters(Object.fromEntries(url.searchParams));
  const { rows, total, platform } = await courseReportExport(manager, filters, EXPORT_ROW_LIMIT[format]);
  const table = courseReportTable(rows, platform, {
    title: t("courseReport.title"),
    header: {
      country: t("column.country"),
      course: t("column.course"),
      user: t("column.user"),
      completedAt: t("column.dateCompleted"),
      grade: t("column.grade"),
      dueAt: t("column.dueDate"),
      overdue: t("column.overdue"),
      lastLogin: t("column.lastLogin"),
    },
    deletedUser: t("deletedUser"),
    overdue: t("overdue"),
  });
  return tableResponse(table, format, {
    fileName: exportFileName("nc-course-report"),
    locale,
    subtitle: gate.subtitle(rows.length, total),
    pageLabel: gate.pageLabel,
  });
});
