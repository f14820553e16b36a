// Storing a runtime commit of the learner's own attempt. Commits carry a sequence number; an older or repeated
// one changes nothing, so retries, beacons and out-of-order delivery are safe. The statuses are the standard's
// (status-rules.ts), and total time is accumulated here from session times: each session's time (reported by
// the SCO, or measured by the runtime when the SCO reports none) is added once, so autocommits never reset it.
import { forTenant, type Prisma, type TenantContext } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { UUID } from "@/lib/ids";
import { refreshProgress } from "@/lib/learning/complete-module";
import { attemptFinished } from "@/lib/records/sco-status";
import { gradedScos } from "@/lib/records/scorm-results";
import { leaseEnd } from "./lease-attempt";
import { durationSeconds, summarizeRuntime } from "./runtime-data";
import type { ScoRuntimeParameters } from "./sco-runtime-parameters";
import { applyStatusRules } from "./status-rules";

export const MAX_COMMIT_BYTES = 512 * 1024;
/** A session's measured time is believed up to a day. */
const MAX_SESSION_SECONDS = 24 * 3600;

export interface CommitResult {
  stored: boolean;
  moduleCompleted: boolean;
  progressPercent: number | null;
}

interface CommitBody {
  commitSequence: number;
  cmi: Record<string, unknown>;
  final: boolean;
  session: { id: string | null; measuredSeconds: number };
}

function parseCommit(body: unknown): CommitBody {
  const commit = body as {
    commitSequence?: unknown;
    cmi?: unknown;
    final?: unknown;
    session?: { id?: unknown; measuredSeconds?: unknown };
  } | null;
  const sequence = Number(commit?.commitSequence);
  if (
    !commit ||
    typeof commit.cmi !== "object" ||
    commit.cmi === null ||
    Array.isArray(commit.cmi) ||
    !Number.isSafeInteger(sequence) ||
    sequence < 1
  )
    throw new Invalid({ commit: "commitMalformed" });
  const id = typeof commit.session?.id === "string" && commit.session.id.length <= 64 ? commit.session.id : null;
  const measured = Number(commit.session?.measuredSeconds);
  return {
    commitSequence: sequence,
    cmi: commit.cmi as Record<string, unknown>,
    final: commit.final === true,
    session: {
      id,
      measuredSeconds: Number.isFinite(measured) ? Math.min(Math.max(0, Math.floor(measured)), MAX_SESSION_SECONDS) : 0,
    },
  };
}

const exitOf = (version: "1.2" | "2004", cmi: Record<string, unknown>): string | undefined => {
  const value = version === "1.2" ? (cmi.core as Record<string, unknown> | undefined)?.exit : cmi.exit;
  return typeof value === "string" ? value : undefined;
};
const sessionTimeOf = (version: "1.2" | "2004", cmi: Record<string, unknown>) =>
  durationSeconds(
    version === "1.2" ? (cmi.core as Record<string, unknown> | undefined)?.session_time : cmi.session_time,
  ) ?? 0;

const IGNORED: CommitResult = { stored: false, moduleCompleted: false, progressPercent: null };

/**
 * Stores a runtime commit: { commitSequence, cmi, final, session: { id, measuredSeconds } }. A review's commits
 * (the launch token says so) and those of any later session on an attempt that is over are ignored: the record
 * of a finished attempt never changes.
 */
export async function commitAttempt(
  scope: { ctx: TenantContext },
  learnerId: string,
  attemptId: string,
  body: unknown,
  launch: { review?: boolean } = {},
): Promise<CommitResult> {
  if (!UUID.test(attemptId)) throw new NotFound();
  const commit = parseCommit(body);
  return forTenant(scope.ctx, async (tx) => {
    // One commit of an attempt at a time: the sequence check and the time arithmetic read what they write.
    await tx.$executeRaw`SELECT 1 FROM "ScormAttempt" WHERE "id" = ${attemptId}::uuid AND "userId" = ${learnerId}::uuid FOR UPDATE`;
    const attempt = await tx.scormAttempt.findFirst({
      where: { id: attemptId, userId: learnerId },
      include: { sco: { include: { package: true } } },
    });
    if (!attempt) throw new NotFound();
    const pkg = attempt.sco.package;
    const [learner, enrolment] = await Promise.all([
      tx.user.findFirst({ where: { id: learnerId, status: "ACTIVE" }, select: { id: true } }),
      tx.enrolment.findFirst({
        where: { userId: learnerId, courseId: pkg.courseId },
        select: { id: true, cycleStartedAt: true },
      }),
    ]);
    // A suspended account or an ended enrolment records nothing more.
    if (!learner || !enrolment) throw new NotFound();
    if (commit.commitSequence <= attempt.commitSeq) return IGNORED;
    const version = pkg.version as "1.2" | "2004";
    const over = attemptFinished(version, attempt.completionStatus, attempt.successStatus, attempt.exitMode);
    if (launch.review || (over && commit.session.id !== attempt.sessionId)) return IGNORED;

    const runtime = attempt.sco.runtime as Partial<ScoRuntimeParameters>;
    const status = applyStatusRules(version, commit.cmi, { runtime, final: commit.final, credit: true });
    const summary = summarizeRuntime(version, commit.cmi);
    const reported = sessionTimeOf(version, commit.cmi);
    const sessionSeconds = reported > 0 ? Math.min(reported, MAX_SESSION_SECONDS) : commit.session.measuredSeconds;
    const sameSession = commit.session.id !== null && commit.session.id === attempt.sessionId;
    const priorSeconds = sameSession ? attempt.priorSeconds : attempt.priorSeconds + attempt.sessionSeconds;
    const current = sameSession ? Math.max(attempt.sessionSeconds, sessionSeconds) : sessionSeconds;
    await tx.scormAttempt.update({
      where: { id: attemptId },
      data: {
        cmi: commit.cmi as Prisma.InputJsonValue,
        commitSeq: commit.commitSequence,
        completionStatus: status.completionStatus,
        successStatus: status.successStatus,
        scoreScaled: summary.scoreScaled,
        scoreRaw: summary.scoreRaw,
        location: summary.location,
        suspendData: summary.suspendData,
        priorSeconds,
        sessionId: commit.session.id,
        sessionSeconds: current,
        totalSeconds: priorSeconds + current,
        // A commit shows the player is open: the launch's lease runs on.
        leaseUntil: leaseEnd(),
        ...(exitOf(version, commit.cmi) !== undefined ? { exitMode: exitOf(version, commit.cmi) } : {}),
      },
    });
    // The module is complete once every SCO of its package is done, by the module's grading method, in the
    // current certification cycle.
    const cycleStart = enrolment.cycleStartedAt ?? new Date(0);
    if (attempt.createdAt < cycleStart || !status.done)
      return { stored: true, moduleCompleted: false, progressPercent: null };
    const scos = await tx.scormSco.findMany({ where: { packageId: pkg.id }, select: { id: true } });
    const graded = (await gradedScos(tx, learnerId, [pkg.moduleId], enrolment.cycleStartedAt)).get(pkg.moduleId);
    const done = new Set(graded?.scos.filter((s) => s.done).map((s) => s.scoId));
    if (!scos.every((s) => done.has(s.id))) return { stored: true, moduleCompleted: false, progressPercent: null };
    await tx.moduleCompletion.createMany({
      data: [{ tenantId: scope.ctx.tenantId, userId: learnerId, moduleId: pkg.moduleId }],
      skipDuplicates: true,
    });
    const { progressPercent } = await refreshProgress(tx, enrolment.id, learnerId, pkg.courseId);
    return { stored: true, moduleCompleted: true, progressPercent };
  });
}
