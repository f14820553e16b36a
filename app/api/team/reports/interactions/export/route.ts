import { EXPORT_ROW_LIMIT } from "@/lib/reports/table-response";
import { parseInteractionParams } from "@/lib/records/interaction-report";
import { teamInteractionReport } from "@/lib/team/reports/interaction-report";
import { statusResponse } from "@/lib/http/status-response";
import { exportsQuestions, interactionExport } from "../../../../interaction-export";
import { teamExport } from "../../../export-guard";

// The team's SCORM interaction report (its questions, or its learners' responses) with the page's filters as
// CSV, Excel or PDF; 404 for anyone who manages no users here, and for a module the manager may not read.
export const GET = teamExport(async (gate) => {
  const params = parseInteractionParams(Object.fromEntries(gate.url.searchParams));
  const report = await teamInteractionReport(gate.manager, params, { limit: EXPORT_ROW_LIMIT[gate.format] });
  if (!report.module) return statusResponse(404);
  return interactionExport(report, {
    questions: exportsQuestions(gate.url),
    format: gate.format,
    locale: gate.locale,
    fileName: "scorm-interactions",
    subtitle: gate.subtitle,
    pageLabel: gate.pageLabel,
  });
});
