// The answers learners gave to a SCORM module's questions, aggregated in SQL from `ScormInteraction`: one row per
// attempt and question, written by each commit from the committed CMI's interactions (scorm_cmi_answers() in the
// migration 20261201163924_scorm_interaction_rows, ADR 0028), so no CMI is read when the report opens. SCORM 1.2
// (`student_response`, result "wrong") and 2004 (`learner_response`, `description`, result "incorrect") read the
// same. Within one attempt the last entry of a question counts (a 1.2 SCO appends when a question is answered
// again), and a 1.2 attempt keeps its earlier sessions' answers. A question is an interaction id within a SCO (its
// manifest identifier, stable across package versions). The callers say whose attempts count (their scope) and run
// these reads in their one transaction.
import { Prisma } from "@/lib/db";

/** One transaction's raw query API (forTenant's or asPlatform's). */
export interface RawTx {
  $queryRaw<T = unknown>(query: Prisma.Sql): Promise<T>;
  $executeRaw(query: Prisma.Sql): Promise<number>;
}

export interface InteractionFilters {
  /** Attempts last saved from this day (UTC). */
  from: Date | null;
  /** Inclusive: the whole day counts. */
  to: Date | null;
  /** Every word matches the learner's first or last name. */
  learner: string;
}

export interface InteractionQuery {
  moduleId: string;
  /** Which learners' attempts count, on the aliases `a` (ScormAttempt), `u` (User) and `ut` (the user's Tenant). */
  learners: Prisma.Sql;
  filters: InteractionFilters;
}

/** How an answer was judged: the standard's words (1.2's "wrong" is "incorrect"), or a number as written. */
export type AnswerResult = string;

export interface ResponseCount {
  response: string;
  count: number;
}

export interface QuestionSummary {
  sco: string;
  scoTitle: string;
  question: string;
  description: string | null;
  attempts: number;
  correct: number;
  incorrect: number;
  /** The most frequent responses (at most RESPONSES_SHOWN), most frequent first. */
  responses: ResponseCount[];
  /** Distinct responses given. */
  distinctResponses: number;
}

export interface LearnerAnswer {
  country: string;
  firstName: string;
  lastName: string;
  deleted: boolean;
  scoTitle: string;
  question: string;
  description: string | null;
  response: string;
  result: AnswerResult;
  attemptNumber: number;
  savedAt: Date;
}

export const RESPONSES_SHOWN = 10;
/** Questions shown at most (a module of more is not a quiz anyone reads on one page). */
export const QUESTIONS_SHOWN = 500;
const DAY_MS = 24 * 60 * 60_000;

const utc = (date: Date) => Prisma.sql`(${date.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
const containsPattern = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function conditions(query: InteractionQuery): Prisma.Sql {
  const { from, to, learner } = query.filters;
  const parts: Prisma.Sql[] = [];
  if (from) parts.push(Prisma.sql`a."updatedAt" >= ${utc(from)}`);
  if (to) parts.push(Prisma.sql`a."updatedAt" < ${utc(new Date(to.getTime() + DAY_MS))}`);
  for (const word of learner.trim().slice(0, 100).split(/\s+/).filter(Boolean).slice(0, 8)) {
    const pattern = containsPattern(word);
    parts.push(Prisma.sql`(u."firstName" ILIKE ${pattern} OR u."lastName" ILIKE ${pattern})`);
  }
  return parts.length ? Prisma.sql`AND ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}

/**
 * `WITH scos, attempts`: the module's SCOs (of every package version) and the attempts that count, each with its
 * SCO (`identifier`, `title`) and its learner's sort keys (`deleted`, `lastName`, `firstName`, `userTenantId`).
 */
function attemptsSql(query: InteractionQuery): Prisma.Sql {
  return Prisma.sql`
    WITH scos AS MATERIALIZED (
      SELECT s."id", s."identifier", s."title"
      FROM "ScormSco" s JOIN "ScormPackage" p ON p."id" = s."packageId"
      WHERE p."moduleId" = ${query.moduleId}::uuid
    ),
    attempts AS MATERIALIZED (
      SELECT a."id", a."tenantId", a."userId", a."number", a."updatedAt", s."identifier", s."title",
             (u."status" = 'DELETED') AS "deleted", u."lastName", u."firstName", u."tenantId" AS "userTenantId"
      FROM "ScormAttempt" a
      JOIN scos s ON s."id" = a."scoId"
      JOIN "User" u ON u."id" = a."userId"
      JOIN "Tenant" ut ON ut."id" = u."tenantId"
      WHERE a."commitSeq" > 0 AND ${query.learners} ${conditions(query)}
    )`;
}

/**
 * `WITH scos, attempts, answers`: one row per attempt and question (`ScormInteraction`, its last entry as the
 * commits wrote it): the attempt (`attemptId`, `userId`, `attemptNumber`, `savedAt`), the SCO (`sco`,
 * `scoTitle`), the question (`question`, `description`, `position`: where it was first answered), `response` and
 * `result`.
 */
function answersSql(query: InteractionQuery): Prisma.Sql {
  return Prisma.sql`
    ${attemptsSql(query)},
    answers AS (
      SELECT
        a."id" AS "attemptId", a."userId", a."number" AS "attemptNumber", a."updatedAt" AS "savedAt",
        a."identifier" AS "sco", a."title" AS "scoTitle", i."question", i."description", i."response", i."result",
        i."position"
      FROM attempts a
      JOIN "ScormInteraction" i ON i."tenantId" = a."tenantId" AND i."attemptId" = a."id"
      WHERE i."scoId" IN (SELECT "id" FROM scos)
    )`;
}

/** Each question with its attempts, correct and incorrect answers and most frequent responses; and the answers' total. */
export async function questionSummaries(
  tx: RawTx,
  query: InteractionQuery,
): Promise<{ questions: QuestionSummary[]; answers: number }> {
  const rows = await tx.$queryRaw<Array<QuestionSummary & { total: number }>>(Prisma.sql`
    ${answersSql(query)},
    counted AS (
      SELECT "sco", "question", "response", count(*)::int AS n,
             count(*) FILTER (WHERE "result" = 'correct')::int AS c,
             count(*) FILTER (WHERE "result" = 'incorrect')::int AS w,
             max("description") AS d, max("scoTitle") AS t, min("position") AS p,
             row_number() OVER (PARTITION BY "sco", "question" ORDER BY count(*) DESC, "response") AS rank
      FROM answers GROUP BY "sco", "question", "response"
    )
    SELECT "sco", max(t) AS "scoTitle", "question", max(d) AS "description",
           sum(n)::int AS "attempts", sum(c)::int AS "correct", sum(w)::int AS "incorrect",
           count(*)::int AS "distinctResponses",
           coalesce(jsonb_agg(jsonb_build_object('response', "response", 'count', n) ORDER BY rank)
             FILTER (WHERE rank <= ${RESPONSES_SHOWN}), '[]'::jsonb) AS "responses",
           (sum(sum(n)) OVER ())::int AS "total"
    FROM counted
    GROUP BY "sco", "question"
    ORDER BY "sco", min(p), "question"
    LIMIT ${QUESTIONS_SHOWN}`);
  return {
    questions: rows.map((row) => ({
      sco: row.sco,
      scoTitle: row.scoTitle,
      question: row.question,
      description: row.description,
      attempts: row.attempts,
      correct: row.correct,
      incorrect: row.incorrect,
      responses: row.responses,
      distinctResponses: row.distinctResponses,
    })),
    answers: rows[0]?.total ?? 0,
  };
}

/**
 * One page of the answers, learner by learner (deleted accounts are anonymous rows), in the order of the attempts
 * (learner name, attempt number, SCO) then of the questions within each. Only the attempts are sorted: their
 * answers are counted in one pass over ScormInteraction's (tenantId, scoId, attemptId) index, a running total
 * places each attempt's answers among all, and only the attempts that reach into the page are joined to their
 * answers (sorting every answer by learner name took seconds at 200,000 answers).
 */
export function learnerAnswers(tx: RawTx, query: InteractionQuery, offset: number, limit: number) {
  const [first, last] = [offset, offset + limit];
  return tx.$queryRaw<LearnerAnswer[]>(Prisma.sql`
    ${attemptsSql(query)},
    counted AS MATERIALIZED (
      SELECT a.*, n."answers"
      FROM attempts a
      JOIN (
        SELECT i."tenantId", i."attemptId", count(*)::int AS "answers"
        FROM "ScormInteraction" i
        WHERE i."scoId" IN (SELECT "id" FROM scos)
        GROUP BY i."tenantId", i."attemptId"
      ) n ON n."tenantId" = a."tenantId" AND n."attemptId" = a."id"
    ),
    placed AS (
      SELECT c.*, sum(c."answers") OVER (
        ORDER BY c."deleted", c."lastName", c."firstName", c."userId", c."number", c."identifier", c."id"
        ROWS UNBOUNDED PRECEDING)::int - c."answers" AS "before"
      FROM counted c
    ),
    page AS (
      SELECT p.*, p."before" + row_number() OVER (PARTITION BY p."id" ORDER BY i."position", i."question")::int AS "row",
             i."question", i."description", i."response", i."result"
      FROM placed p
      JOIN "ScormInteraction" i ON i."tenantId" = p."tenantId" AND i."attemptId" = p."id"
      WHERE p."before" < ${last} AND p."before" + p."answers" > ${first}
    )
    SELECT ut."name" AS "country", x."firstName", x."lastName", x."deleted",
           x."title" AS "scoTitle", x."question", x."description", x."response", x."result",
           x."number" AS "attemptNumber", x."updatedAt" AS "savedAt"
    FROM page x
    JOIN "Tenant" ut ON ut."id" = x."userTenantId"
    WHERE x."row" > ${first} AND x."row" <= ${last}
    ORDER BY x."row"`);
}

/** Percent of `part` in `whole`, to one decimal (0 for no attempts). */
export const percentOf = (part: number, whole: number) => (whole ? Math.round((part * 1000) / whole) / 10 : 0);
