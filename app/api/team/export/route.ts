import { getTranslations } from "next-intl/server";
import { EXPORT_ROW_LIMIT, tableResponse } from "@/lib/reports/table-response";
import { exportTeam } from "@/lib/team/export-team";
import { teamTable } from "@/lib/team/team-table";
import { exportFileName, teamExport } from "../export-guard";

// The Team list (with the page's search) as CSV, Excel or PDF; 404 for anyone who does not manage users here.
export const GET = teamExport(async (gate) => {
  const { manager, format, locale, url } = gate;
  const t = await getTranslations("Team");
  const query = { q: (url.searchParams.get("q") ?? "").slice(0, 100), country: url.searchParams.get("country") };
  const { members, total, platform } = await exportTeam(manager, query, EXPORT_ROW_LIMIT[format]);
  const table = teamTable(members, platform, {
    title: t("title"),
    header: {
      country: t("column.country"),
      fullName: t("column.fullName"),
      username: t("column.username"),
      email: t("column.email"),
      position: t("column.position"),
      status: t("column.status"),
      lastLogin: t("column.lastLogin"),
      started: t("column.started"),
      completed: t("column.completed"),
      competencies: t("column.competencies"),
    },
    status: (status) => t(`status.${status}`),
  });
  return tableResponse(table, format, {
    fileName: exportFileName("team"),
    locale,
    subtitle: gate.subtitle(members.length, total),
    pageLabel: gate.pageLabel,
  });
});
