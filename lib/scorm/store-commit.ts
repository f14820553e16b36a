// Stores a runtime commit in one statement, the database's scorm_store_commit() (migration
// 20261201140000_scorm_commit_in_one_statement): a compare-and-set on the attempt's sequence number, joined
// with the checks that the account is active and the enrolment in place. PostgreSQL's row lock orders concurrent
// commits of an attempt: a commit waiting for another re-reads the row it committed, so an older or repeated
// sequence number changes nothing and the time arithmetic reads what the previous commit wrote (ADR 0020).
import { forTenantFunction, Prisma, type TenantContext } from "@/lib/db";

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
  const [outcome] = await forTenantFunction<CommitOutcome>(ctx, "scorm_store_commit", [
    Prisma.sql`${attemptId}::uuid`,
    Prisma.sql`${learnerId}::uuid`,
    Prisma.sql`${courseId}::uuid`,
    Prisma.sql`${commit.sequence}::int`,
    Prisma.sql`${JSON.stringify(commit.cmi)}::jsonb`,
    Prisma.sql`${commit.completionStatus}::text`,
    Prisma.sql`${commit.successStatus}::text`,
    Prisma.sql`${commit.scoreScaled}::float8`,
    Prisma.sql`${commit.scoreRaw}::float8`,
    Prisma.sql`${commit.location}::text`,
    Prisma.sql`${commit.suspendData}::text`,
    Prisma.sql`${commit.exitMode ?? null}::text`,
    Prisma.sql`${commit.session.id}::text`,
    Prisma.sql`${commit.session.seconds}::int`,
    Prisma.sql`${commit.leaseUntil.toISOString()}::timestamp(3)`,
  ]);
  return outcome ?? null;
}
