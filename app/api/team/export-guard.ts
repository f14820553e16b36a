import { getLocale, getTranslations } from "next-intl/server";
import { currentViewer } from "@/lib/auth/viewer";
import { NotFound } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { exportFormat, type ExportFormat } from "@/lib/reports/table-response";
import type { Manager } from "@/lib/team/team-scope";
import { managerOn } from "@/lib/team/manager-on";
import { currentSite } from "@/lib/tenancy/site";

export interface TeamExport {
  manager: Manager;
  format: ExportFormat;
  locale: Locale;
  url: URL;
  /** The PDF's subtitle: who generated it and when, and how many rows it holds of how many. */
  subtitle: (shown: number, total: number) => string;
  pageLabel: string;
}

/** The Team exports' gate: 404 for anyone who does not manage users on this site, 400 for an unknown format. */
export async function teamExport(request: Request): Promise<TeamExport | Response> {
  const [site, viewer, locale] = await Promise.all([currentSite(), currentViewer(), getLocale()]);
  const url = new URL(request.url);
  let manager: Manager;
  try {
    if (!site) throw new NotFound();
    manager = managerOn(site, viewer, locale);
  } catch (error) {
    if (error instanceof NotFound) return new Response("Not found", { status: 404 });
    throw error;
  }
  const format = exportFormat(url.searchParams.get("format"));
  if (!format) return new Response("Unknown format", { status: 400 });
  const [t, reports] = await Promise.all([getTranslations("Team"), getTranslations("Reports")]);
  const generatedOn = new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(new Date());
  const generated = reports("generatedFor", { name: `${manager.firstName} ${manager.lastName}`, date: generatedOn });
  return {
    manager,
    format,
    locale: locale as Locale,
    url,
    subtitle: (shown, total) => `${generated} · ${shown < total ? t("rowsOfTotal", { shown, total }) : t("rowCount", { count: total })}`,
    pageLabel: reports("page", { page: "{page}", pages: "{pages}" }),
  };
}

export const exportFileName = (name: string) => `${name}-${new Date().toISOString().slice(0, 10)}`;
