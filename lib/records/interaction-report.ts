// The per-question interaction report of a SCORM module, as both its readers get it (the course's authors and
// the coordinators, each with their own scope): the filters from the URL, the SCORM modules to choose from,
// the page read in the caller's one transaction, and the two exported tables.
import { Prisma } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { Table } from "@/lib/reports/table-export";
import {
  learnerAnswers,
  percentOf,
  questionSummaries,
  type InteractionFilters,
  type LearnerAnswer,
  type QuestionSummary,
  type RawTx,
} from "./scorm-interactions";

export const ANSWERS_PAGE_SIZE = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface InteractionReportParams extends InteractionFilters {
  moduleId: string | null;
  country: string | null;
}

export interface ScormModuleChoice {
  id: string;
  courseId: string;
  label: string;
}

export interface InteractionReport {
  modules: ScormModuleChoice[];
  /** The chosen module, or null when none is chosen yet (or it is not one of `modules`). */
  module: ScormModuleChoice | null;
  questions: QuestionSummary[];
  answers: LearnerAnswer[];
  /** Answers in all (one per attempt and question). */
  total: number;
  page: number;
  pageCount: number;
  /** True across administrations: the listing has a Country column. */
  platform: boolean;
}

type Params = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function day(value: string | undefined): Date | null {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : date;
}

export function parseInteractionParams(params: Params): InteractionReportParams {
  const moduleId = first(params.module);
  const country = (first(params.country) ?? "").trim().toUpperCase();
  return {
    moduleId: moduleId && UUID.test(moduleId) ? moduleId.toLowerCase() : null,
    from: day(first(params.from)),
    to: day(first(params.to)),
    learner: String(first(params.learner) ?? "")
      .trim()
      .slice(0, 100),
    country: /^[A-Z]{2}$/.test(country) ? country : null,
  };
}

/** SCORM modules with a package, `courses` narrowing which (SQL on `m`, CourseModule), labelled "course – module". */
export async function scormModuleChoices(tx: RawTx, courses: Prisma.Sql, locale: Locale): Promise<ScormModuleChoice[]> {
  const rows = await tx.$queryRaw<Array<{ id: string; courseId: string; course: string; title: unknown }>>(Prisma.sql`
    SELECT m."id", m."courseId", m."title", coalesce(loc."title", en."title", c."code") AS "course"
    FROM "CourseModule" m
    JOIN "Course" c ON c."id" = m."courseId"
    LEFT JOIN "CourseTranslation" loc ON loc."courseId" = c."id" AND loc."locale" = ${locale}
    LEFT JOIN "CourseTranslation" en ON en."courseId" = c."id" AND en."locale" = 'en'
    WHERE m."kind" = 'SCORM' AND ${courses}
      AND EXISTS (SELECT 1 FROM "ScormPackage" p WHERE p."moduleId" = m."id")
    ORDER BY 4, m."position"
    LIMIT 1000`);
  return rows.map((r) => ({
    id: r.id,
    courseId: r.courseId,
    label: `${r.course} – ${localized(r.title as Record<string, string>, locale)}`,
  }));
}

/** The report's page: modules to choose from, and for the chosen one its questions and a page of answers. */
export async function readInteractionReport(
  tx: RawTx,
  input: {
    modules: ScormModuleChoice[];
    params: InteractionReportParams;
    learners: Prisma.Sql;
    platform: boolean;
    /** A page of answers, or every answer up to a limit (exports). */
    window: { page: number } | { limit: number };
  },
): Promise<InteractionReport> {
  const chosen = input.modules.find((m) => m.id === input.params.moduleId) ?? null;
  const empty = { questions: [], answers: [], total: 0, page: 1, pageCount: 1 };
  if (!chosen) return { modules: input.modules, module: null, platform: input.platform, ...empty };
  const query = { moduleId: chosen.id, learners: input.learners, filters: input.params };
  // A module's answers are grouped and sorted in memory rather than on disk (this transaction only).
  await tx.$executeRaw(Prisma.sql`SET LOCAL work_mem = '64MB'`);
  // One after another: a transaction's queries share one connection.
  const { questions, answers: total } = await questionSummaries(tx, query);
  const pageCount = "page" in input.window ? Math.max(1, Math.ceil(total / ANSWERS_PAGE_SIZE)) : 1;
  const page = "page" in input.window ? Math.min(Math.max(1, input.window.page), pageCount) : 1;
  const [offset, limit] =
    "page" in input.window ? [(page - 1) * ANSWERS_PAGE_SIZE, ANSWERS_PAGE_SIZE] : [0, input.window.limit];
  const answers = total ? await learnerAnswers(tx, query, offset, limit) : [];
  const { platform, modules } = input;
  return { modules, module: chosen, platform, questions, answers, total, page, pageCount };
}

export interface InteractionTableLabels {
  title: string;
  sco: string;
  question: string;
  description: string;
  attempts: string;
  correct: string;
  incorrect: string;
  responses: string;
  country: string;
  learner: string;
  response: string;
  result: string;
  attempt: string;
  savedAt: string;
  deletedUser: string;
  /** The translated name of a result ("correct", "incorrect", …); numbers and unknown words as given. */
  resultLabel: (result: string) => string;
}

/** The questions as a table: attempts, % correct and incorrect, the most frequent responses. */
export function questionsTable(report: InteractionReport, labels: InteractionTableLabels): Table {
  return {
    title: labels.title,
    header: [
      labels.sco,
      labels.question,
      labels.description,
      labels.attempts,
      labels.correct,
      labels.incorrect,
      labels.responses,
    ],
    widths: [1.4, 1.2, 2.4, 0.8, 0.8, 0.8, 2.6],
    rows: report.questions.map((q) => [
      q.scoTitle,
      q.question,
      q.description,
      q.attempts,
      percentOf(q.correct, q.attempts),
      percentOf(q.incorrect, q.attempts),
      q.responses.map((r) => `${r.response} (${r.count})`).join("; "),
    ]),
  };
}

/** Every learner's answers as a table (a Country column across administrations). */
export function answersTable(report: InteractionReport, labels: InteractionTableLabels): Table {
  const country = report.platform;
  return {
    title: labels.title,
    header: [
      ...(country ? [labels.country] : []),
      labels.learner,
      labels.sco,
      labels.question,
      labels.response,
      labels.result,
      labels.attempt,
      labels.savedAt,
    ],
    widths: [...(country ? [1.2] : []), 1.8, 1.4, 1.2, 2.2, 1, 0.6, 1],
    rows: report.answers.map((a) => [
      ...(country ? [a.country] : []),
      a.deleted ? labels.deletedUser : `${a.firstName} ${a.lastName}`,
      a.scoTitle,
      a.question,
      a.response,
      labels.resultLabel(a.result),
      a.attemptNumber,
      a.savedAt,
    ]),
  };
}
