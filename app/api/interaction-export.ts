import { getTranslations } from "next-intl/server";
import { resultLabel } from "@/components/reports/interaction-report-view";
import type { Locale } from "@/lib/i18n/locales";
import {
  answersTable,
  questionsTable,
  type InteractionReport,
  type InteractionTableLabels,
} from "@/lib/records/interaction-report";
import { tableResponse, type ExportFormat } from "@/lib/reports/table-response";

/** Which of the interaction report's tables an export holds: the learners' responses unless `table=questions`. */
export const exportsQuestions = (url: URL) => url.searchParams.get("table") === "questions";

/** The interaction report's questions or responses as CSV, Excel or PDF, with translated headers. */
export async function interactionExport(
  report: InteractionReport,
  options: {
    questions: boolean;
    format: ExportFormat;
    locale: Locale;
    fileName: string;
    subtitle: (shown: number, total: number) => string;
    pageLabel: string;
  },
): Promise<Response> {
  const t = await getTranslations("Interactions");
  const labels: InteractionTableLabels = {
    title: `${t("title")}${report.module ? ` – ${report.module.label}` : ""}`,
    sco: t("column.sco"),
    question: t("column.question"),
    description: t("column.description"),
    attempts: t("column.attempts"),
    correct: t("column.correct"),
    incorrect: t("column.incorrect"),
    responses: t("column.responses"),
    country: t("column.country"),
    learner: t("column.learner"),
    response: t("column.response"),
    result: t("column.result"),
    attempt: t("column.attempt"),
    savedAt: t("column.savedAt"),
    deletedUser: t("deletedUser"),
    resultLabel: (result) => resultLabel(t, result),
  };
  const table = options.questions ? questionsTable(report, labels) : answersTable(report, labels);
  const shown = options.questions ? report.questions.length : report.answers.length;
  const total = options.questions ? report.questions.length : report.total;
  return tableResponse(table, options.format, {
    fileName: `${options.fileName}-${options.questions ? "questions" : "responses"}-${new Date().toISOString().slice(0, 10)}`,
    locale: options.locale,
    subtitle: options.subtitle(shown, total),
    pageLabel: options.pageLabel,
  });
}
