import { getTranslations } from "next-intl/server";
import { EXPORT_ROW_LIMIT, tableResponse } from "@/lib/reports/table-response";
import {
  parseUsersReportFilters,
  usersReportExport,
  usersReportTable,
  visibleUsersColumns,
} from "@/lib/team/reports/users-report";
import { exportFileName, teamExport } from "../../../export-guard";

// "NC - Users Report" with the page's filters and columns as CSV, Excel or PDF; 404 for anyone not allowed.
export const GET = teamExport(async (gate) => {
  const { manager, format, locale, url } = gate;
  const t = await getTranslations("Team");
  const filters = parseUsersReportFilters(Object.fromEntries(url.searchParams));
  const { rows, total, platform } = await usersReportExport(manager, filters, EXPORT_ROW_LIMIT[format]);
  const table = usersReportTable(rows, visibleUsersColumns(url.searchParams.getAll("col"), platform), {
    title: t("usersReport.title"),
    header: {
      country: t("column.country"),
      fullName: t("column.fullName"),
      course: t("column.course"),
      organisation: t("column.organisation"),
      completionOrganisation: t("column.completionOrganisation"),
      position: t("column.position"),
      status: t("column.completionStatus"),
      completedAt: t("column.completionDate"),
    },
    status: (status) => t(`enrolmentStatus.${status}`),
  });
  return tableResponse(table, format, {
    fileName: exportFileName("nc-users-report"),
    locale,
    subtitle: gate.subtitle(rows.length, total),
    pageLabel: gate.pageLabel,
  });
});
