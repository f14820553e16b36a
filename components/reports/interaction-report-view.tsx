import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/catalogue/pagination";
import { DataTable } from "@/components/tables/data-table";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Label } from "@/components/ui/label";
import { Panel } from "@/components/ui/panel";
import { Select } from "@/components/ui/select";
import { SectionTitle } from "@/components/ui/section-title";
import type { InteractionReport } from "@/lib/records/interaction-report";
import { percentOf } from "@/lib/records/scorm-interactions";
import { ExportMenu } from "./export-menu";

export const RESULT_KEYS = ["correct", "incorrect", "unanticipated", "neutral"] as const;

/** A result's label: the standard's words translated, a number as written, nothing as "—". */
export function resultLabel(t: (key: string) => string, result: string): string {
  if ((RESULT_KEYS as readonly string[]).includes(result)) return t(`result.${result}`);
  return result === "" ? "—" : result;
}

/**
 * The SCORM interaction report as both its pages show it: the filters (the module first), each question with
 * its attempts, rates and most frequent responses, and the learners' responses page by page, with exports.
 */
export async function InteractionReportView({
  report,
  values,
  query,
  exportHref,
  extraFilters,
}: {
  report: InteractionReport;
  /** The filters' values as typed (from the URL). */
  values: { module: string; from: string; to: string; learner: string };
  /** The URL parameters without the page, for pagination and exports. */
  query: URLSearchParams;
  exportHref: string;
  extraFilters?: ReactNode;
}) {
  const [t, format] = await Promise.all([getTranslations("Interactions"), getFormatter()]);
  const questionsQuery = new URLSearchParams(query);
  questionsQuery.set("table", "questions");
  const percent = (part: number, whole: number) => `${format.number(percentOf(part, whole))} %`;
  return (
    <div className="space-y-6">
      <Panel as="form" className="space-y-4" aria-label={t("filters")}>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <div className="sm:col-span-2">
            <Label htmlFor="module">{t("module")}</Label>
            <Select id="module" name="module" defaultValue={values.module} className="mt-1 w-full">
              <option value="">{t("chooseModule")}</option>
              {report.modules.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.label}
                </option>
              ))}
            </Select>
          </div>
          <TextField name="from" label={t("from")} type="date" defaultValue={values.from} />
          <TextField name="to" label={t("to")} type="date" defaultValue={values.to} />
          <TextField name="learner" label={t("learner")} type="search" defaultValue={values.learner} />
          {extraFilters}
        </div>
        <Button>{t("apply")}</Button>
      </Panel>
      {report.modules.length === 0 ? (
        <EmptyState>{t("noModules")}</EmptyState>
      ) : !report.module ? (
        <EmptyState>{t("pickModule")}</EmptyState>
      ) : report.total === 0 ? (
        <EmptyState>{t("noAnswers")}</EmptyState>
      ) : (
        <>
          <section aria-labelledby="questions-title" className="space-y-3">
            <div className="flex flex-wrap items-center justify-between gap-4">
              <SectionTitle id="questions-title">
                {t("questionsTitle", { count: report.questions.length })}
              </SectionTitle>
              <ExportMenu href={exportHref} params={questionsQuery} label={t("exportQuestions")} />
            </div>
            <div className="overflow-x-auto">
              <DataTable
                caption={t("questionsTitle", { count: report.questions.length })}
                className="text-sm"
                columns={[
                  { label: t("column.question") },
                  { label: t("column.attempts"), align: "end" },
                  { label: t("column.correct"), align: "end" },
                  { label: t("column.incorrect"), align: "end" },
                  { label: t("column.responses") },
                ]}
              >
                {report.questions.map((q) => (
                  <tr
                    key={`${q.sco}-${q.question}`}
                    className="border-b border-slate-100 align-top"
                    data-testid="question-row"
                  >
                    <td className="p-2">
                      <span className="font-mono" dir="ltr">
                        {q.question}
                      </span>
                      {q.description ? (
                        <span className="block" dir="auto">
                          {q.description}
                        </span>
                      ) : null}
                      <span className="block text-slate-600">{q.scoTitle}</span>
                    </td>
                    <td className="p-2 text-end">{format.number(q.attempts)}</td>
                    <td className="p-2 text-end">{percent(q.correct, q.attempts)}</td>
                    <td className="p-2 text-end">{percent(q.incorrect, q.attempts)}</td>
                    <td className="p-2">
                      <ul>
                        {q.responses.map((r) => (
                          <li key={r.response}>
                            <span dir="auto">{r.response === "" ? "—" : r.response}</span>:{" "}
                            {t("responseShare", { count: r.count, percent: percent(r.count, q.attempts) })}
                          </li>
                        ))}
                        {q.distinctResponses > q.responses.length ? (
                          <li className="text-slate-600">
                            {t("moreResponses", { count: q.distinctResponses - q.responses.length })}
                          </li>
                        ) : null}
                      </ul>
                    </td>
                  </tr>
                ))}
              </DataTable>
            </div>
          </section>
          <section aria-labelledby="answers-title" className="space-y-3">
            <div className="flex flex-wrap items-center justify-between gap-4">
              <SectionTitle id="answers-title">{t("answersTitle")}</SectionTitle>
              <ExportMenu href={exportHref} params={query} label={t("exportAnswers")} />
            </div>
            <p role="status" data-testid="result-count">
              {t("answerCount", { count: report.total })}
            </p>
            <div className="overflow-x-auto">
              <DataTable
                caption={t("answersTitle")}
                className="text-sm"
                columns={[
                  ...(report.platform ? [{ label: t("column.country") }] : []),
                  { label: t("column.learner") },
                  { label: t("column.question") },
                  { label: t("column.response") },
                  { label: t("column.result") },
                  { label: t("column.attempt"), align: "end" as const },
                  { label: t("column.savedAt") },
                ]}
              >
                {report.answers.map((a, index) => (
                  <tr key={index} className="border-b border-slate-100 align-top" data-testid="answer-row">
                    {report.platform ? <td className="p-2">{a.country}</td> : null}
                    <td className="p-2">{a.deleted ? t("deletedUser") : `${a.firstName} ${a.lastName}`}</td>
                    <td className="p-2 font-mono" dir="ltr">
                      {a.question}
                    </td>
                    <td className="p-2" dir="auto">
                      {a.response === "" ? "—" : a.response}
                    </td>
                    <td className="p-2">{resultLabel(t, a.result)}</td>
                    <td className="p-2 text-end">{format.number(a.attemptNumber)}</td>
                    <td className="p-2">{format.dateTime(a.savedAt, { dateStyle: "medium" })}</td>
                  </tr>
                ))}
              </DataTable>
            </div>
            <Pagination page={report.page} pageCount={report.pageCount} params={query} />
          </section>
        </>
      )}
    </div>
  );
}
