// Stores a runtime commit in one statement: a compare-and-set on the attempt's sequence number, joined with the
// checks that the account is active and the enrolment in place. PostgreSQL's row lock orders concurrent
// commits of an attempt: a commit waiting for another re-reads the row it committed, so an older or repeated
// sequence number changes nothing and the time arithmetic reads what the previous commit wrote (ADR 0020).
import { forTenantStatement, Prisma, type TenantContext } from "@/lib/db";

export interface StoredCommit {
  sequence: number;
  cmi: Record<string, unknown>;
  completionStatus: string | null;
  successStatus: string | null;
  scoreScaled: number | null;
  scoreRaw: number | null;
  location: string | null;
  suspendData: string | null;
  /** How the session ended, when the commit says so (otherwise the stored one stays). */
  exitMode: string | undefined;
  session: { id: string | null; seconds: number };
  leaseUntil: Date;
}

export interface CommitOutcome {
  /** False when a newer or the same commit was stored before. */
  stored: boolean;
  enrolmentId: string;
  cycleStartedAt: Date | null;
}

/**
 * The outcome, or null when the attempt is not the learner's, the account is not active or the enrolment in
 * the course has ended: then nothing is stored. Total time: a commit of the session already stored keeps the
 * longer of the two session times; a commit of a new session closes the previous one into priorSeconds.
 */
export async function storeCommit(
  ctx: TenantContext,
  { learnerId, attemptId, courseId }: { learnerId: string; attemptId: string; courseId: string },
  commit: StoredCommit,
): Promise<CommitOutcome | null> {
  const tenantId = Prisma.sql`${ctx.tenantId}::uuid`;
  const sessionId = commit.session.id;
  const same = Prisma.sql`(${sessionId}::text IS NOT NULL AND a."sessionId" = ${sessionId}::text)`;
  const prior = Prisma.sql`CASE WHEN ${same} THEN a."priorSeconds" ELSE a."priorSeconds" + a."sessionSeconds" END`;
  const current = Prisma.sql`CASE WHEN ${same} THEN GREATEST(a."sessionSeconds", ${commit.session.seconds}::int) ELSE ${commit.session.seconds}::int END`;
  const [outcome] = await forTenantStatement<CommitOutcome>(
    ctx,
    Prisma.sql`WITH live AS (
        SELECT a."id", e."id" AS "enrolmentId", e."cycleStartedAt"
        FROM "ScormAttempt" a
        JOIN "User" u ON u."id" = a."userId" AND u."tenantId" = ${tenantId} AND u."status" = 'ACTIVE'
        JOIN "Enrolment" e ON e."userId" = a."userId" AND e."tenantId" = ${tenantId} AND e."courseId" = ${courseId}::uuid
        WHERE a."id" = ${attemptId}::uuid AND a."userId" = ${learnerId}::uuid AND a."tenantId" = ${tenantId}
      ), stored AS (
        UPDATE "ScormAttempt" a SET
          "cmi" = ${JSON.stringify(commit.cmi)}::jsonb,
          "commitSeq" = ${commit.sequence}::int,
          "completionStatus" = ${commit.completionStatus}::text,
          "successStatus" = ${commit.successStatus}::text,
          "scoreScaled" = ${commit.scoreScaled}::float8,
          "scoreRaw" = ${commit.scoreRaw}::float8,
          "location" = ${commit.location}::text,
          "suspendData" = ${commit.suspendData}::text,
          "exitMode" = COALESCE(${commit.exitMode ?? null}::text, a."exitMode"),
          "priorSeconds" = ${prior},
          "sessionId" = ${sessionId}::text,
          "sessionSeconds" = ${current},
          "totalSeconds" = ${prior} + ${current},
          "leaseUntil" = ${commit.leaseUntil.toISOString()}::timestamp(3),
          "updatedAt" = (now() AT TIME ZONE 'UTC')
        FROM live
        WHERE a."id" = live."id" AND a."tenantId" = ${tenantId} AND a."commitSeq" < ${commit.sequence}::int
        RETURNING a."id"
      )
      SELECT EXISTS (SELECT 1 FROM stored) AS "stored", live."enrolmentId", live."cycleStartedAt" FROM live`,
  );
  return outcome ?? null;
}
