// Storing a runtime commit of the learner's own attempt. Commits carry a sequence number; an older or repeated
// one changes nothing, so retries, beacons and out-of-order delivery are safe. The statuses are the standard's
// (status-rules.ts), and total time is accumulated here from session times: each session's time (reported by
// the SCO, or measured by the runtime when the SCO reports none) is added once, so autocommits never reset it.
// A commit is one statement (store-commit.ts) once its attempt's SCO is known (attempt-sco.ts), ADR 0020.
import type { TenantContext } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { UUID } from "@/lib/ids";
import { attemptSco } from "./attempt-sco";
import { completeScormModule } from "./complete-scorm-module";
import { leaseEnd } from "./lease-attempt";
import { durationSeconds, summarizeRuntime } from "./runtime-data";
import { applyStatusRules } from "./status-rules";
import { storeCommit } from "./store-commit";
import { whyNotStored, type NotStored } from "./unstored-commit";

export const MAX_COMMIT_BYTES = 512 * 1024;
/** A session's measured time is believed up to a day. */
const MAX_SESSION_SECONDS = 24 * 3600;

export interface CommitResult {
  stored: boolean;
  moduleCompleted: boolean;
  progressPercent: number | null;
  /** Why a commit was not stored (a review's: "review"), for the device that kept it (ADR 0049). */
  notStored?: NotStored | "review";
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
  const sco = await attemptSco(scope.ctx, learnerId, attemptId);
  if (!sco) throw new NotFound();
  if (launch.review) return { ...IGNORED, notStored: "review" };
  const { version, runtime } = sco;
  const status = applyStatusRules(version, commit.cmi, { runtime, final: commit.final, credit: true });
  const summary = summarizeRuntime(version, commit.cmi);
  const reported = sessionTimeOf(version, commit.cmi);
  const outcome = await storeCommit(
    scope.ctx,
    { learnerId, attemptId, courseId: sco.courseId },
    {
      sequence: commit.commitSequence,
      cmi: commit.cmi,
      completionStatus: status.completionStatus,
      successStatus: status.successStatus,
      scoreScaled: summary.scoreScaled,
      scoreRaw: summary.scoreRaw,
      location: summary.location,
      suspendData: summary.suspendData,
      exitMode: exitOf(version, commit.cmi),
      session: {
        id: commit.session.id,
        seconds: reported > 0 ? Math.min(reported, MAX_SESSION_SECONDS) : commit.session.measuredSeconds,
      },
      // A commit shows the player is open: the launch's lease runs on.
      leaseUntil: leaseEnd(),
    },
  );
  // A suspended account or an ended enrolment records nothing more.
  if (!outcome) throw new NotFound();
  if (!outcome.stored)
    return {
      ...IGNORED,
      notStored: await whyNotStored(scope.ctx, attemptId, {
        sequence: commit.commitSequence,
        sessionId: commit.session.id,
      }),
    };
  // The module is complete when the package is, by the standard's rules applied to the stored records
  // (sequencing/package-complete.ts): checked only by a commit that leaves this SCO completed, passed or done
  // (nothing else can move a rollup forward), in a transaction of its own.
  const cycleStart = outcome.cycleStartedAt ?? new Date(0);
  const mayComplete = status.done || status.completionStatus === "completed" || status.successStatus === "passed";
  if (sco.attemptCreatedAt < cycleStart || !mayComplete)
    return { stored: true, moduleCompleted: false, progressPercent: null };
  const progressPercent = await completeScormModule(scope.ctx, learnerId, sco, outcome.enrolmentId, cycleStart);
  return { stored: true, moduleCompleted: progressPercent !== null, progressPercent };
}
