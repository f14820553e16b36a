import { getLocale, getTranslations } from "next-intl/server";
import { authorOn } from "@/lib/authoring/author";
import { viewInteractionReport } from "@/lib/authoring/view-interaction-report";
import { readRoute } from "@/lib/http/route-handler";
import { statusResponse } from "@/lib/http/status-response";
import type { Locale } from "@/lib/i18n/locales";
import { parseInteractionParams } from "@/lib/records/interaction-report";
import { EXPORT_ROW_LIMIT, exportFormat } from "@/lib/reports/table-response";
import { exportsQuestions, interactionExport } from "../../../../../interaction-export";

// A course's SCORM interaction report for its authors (its questions, or its learners' responses) as CSV,
// Excel or PDF; 404 for anyone who does not author the course here, or for a module not of this course.
export const GET = readRoute<{ id: string }>(
  { can: "authoring.viewInteractions" },
  async ({ site, viewer, params, request }) => {
    const url = new URL(request.url);
    const format = exportFormat(url.searchParams.get("format"));
    if (!format) return statusResponse(400);
    const locale = (await getLocale()) as Locale;
    const report = await viewInteractionReport(
      authorOn(site, viewer),
      params.id,
      locale,
      parseInteractionParams(Object.fromEntries(url.searchParams)),
      { limit: EXPORT_ROW_LIMIT[format] },
    );
    if (!report.module) return statusResponse(404);
    const [team, reports] = await Promise.all([getTranslations("Team"), getTranslations("Reports")]);
    const generated = reports("generatedFor", {
      name: `${viewer.firstName} ${viewer.lastName}`,
      date: new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(new Date()),
    });
    return interactionExport(report, {
      questions: exportsQuestions(url),
      format,
      locale,
      fileName: "scorm-interactions",
      subtitle: (shown, total) =>
        `${generated} · ${shown < total ? team("rowsOfTotal", { shown, total }) : team("rowCount", { count: total })}`,
      pageLabel: reports("page", { page: "{page}", pages: "{pages}" }),
    });
  },
);
