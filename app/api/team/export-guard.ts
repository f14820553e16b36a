import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { exportFormat, type ExportFormat } from "@/lib/reports/table-response";
import { readRoute, type RouteInput } from "@/lib/http/route-handler";
import { statusResponse } from "@/lib/http/status-response";
import type { Viewer } from "@/lib/auth/viewer";
import type { Manager } from "@/lib/team/team-scope";
import { managerOn } from "@/lib/team/manager-on";

export interface TeamExport {
  manager: Manager;
  format: ExportFormat;
  locale: Locale;
  url: URL;
  /** The PDF's subtitle: who generated it and when, and how many rows it holds of how many. */
  subtitle: (shown: number, total: number) => string;
  pageLabel: string;
}

/** A Team export: 404 for anyone who does not manage users on this site, 400 for an unknown format. */
export function teamExport(work: (gate: TeamExport) => Promise<Response>) {
  return readRoute(
    { can: "team.manage" },
    async ({ site, viewer, request }: RouteInput<Record<string, never>, Viewer>) => {
      const locale = (await getLocale()) as Locale;
      const url = new URL(request.url);
      const format = exportFormat(url.searchParams.get("format"));
      if (!format) return statusResponse(400);
      const manager = managerOn(site, viewer, locale);
      const [t, reports] = await Promise.all([getTranslations("Team"), getTranslations("Reports")]);
      const generatedOn = new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(new Date());
      const generated = reports("generatedFor", {
        name: `${manager.firstName} ${manager.lastName}`,
        date: generatedOn,
      });
      return work({
        manager,
        format,
        locale,
        url,
        subtitle: (shown, total) =>
          `${generated} · ${shown < total ? t("rowsOfTotal", { shown, total }) : t("rowCount", { count: total })}`,
        pageLabel: reports("page", { page: "{page}", pages: "{pages}" }),
      });
    },
  );
}

export const exportFileName = (name: string) => `${name}-${new Date().toISOString().slice(0, 10)}`;
