// The learner's side of SCORM: launching a SCO (its attempt, resumed where the learner stopped, and a launch
// token for the content origin) and storing the runtime commits the player relays. Commits carry a sequence
// number; an older or repeated one changes nothing, so duplicates and out-of-order delivery are safe.
import type { VisibilityScope } from "@/lib/auth/visibility-scope";
import { forTenant, type Prisma } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { refreshProgress } from "@/lib/learning/complete-module";
import { issueLaunchToken } from "./launch-token";
import { scoDone, summarizeRuntime } from "./runtime-data";
import { UUID } from "@/lib/ids";

export const MAX_COMMIT_BYTES = 512 * 1024;

export interface Launch {
  attemptId: string;
  version: "1.2" | "2004";
  /** The CMI data committed so far ({} on a first launch): the player loads it to resume. */
  cmi: unknown;
  /** The last sequence number stored: the player numbers its commits after it. */
  commitSeq: number;
  sco: { title: string; href: string; position: number };
  scos: Array<{ title: string; position: number; done: boolean }>;
  token: string;
}

/** Launches the SCO at `position` of a SCORM module for an enrolled learner (anyone else: NotFound). */
export async function launchSco(scope: VisibilityScope, learnerId: string, moduleId: string, position: number, platformOrigin: string): Promise<Launch> {
  if (!UUID.test(moduleId)) throw new NotFound();
  return forTenant(scope.ctx, async (tx) => {
    const pkg = await tx.scormPackage.findFirst({ where: { moduleId }, include: { scos: { orderBy: { position: "asc" } } } });
    const enrolled = pkg ? await tx.enrolment.findFirst({ where: { userId: learnerId, courseId: pkg.courseId }, select: { id: true, cycleStartedAt: true } }) : null;
    if (!pkg || !enrolled) throw new NotFound();
    const sco = pkg.scos.find((s) => s.position === position) ?? pkg.scos[0];
    if (!sco) throw new NotFound();
    // A recertification starts every SCO afresh; attempts of earlier cycles stay as history.
    const cycle = enrolled.cycleStartedAt ? { createdAt: { gte: enrolled.cycleStartedAt } } : {};
    const latest = await tx.scormAttempt.findFirst({ where: { userId: learnerId, scoId: sco.id }, orderBy: { number: "desc" } });
    const attempt =
      latest && (!enrolled.cycleStartedAt || latest.createdAt >= enrolled.cycleStartedAt)
        ? latest
        : await tx.scormAttempt.create({ data: { tenantId: scope.ctx.tenantId, userId: learnerId, scoId: sco.id, number: (latest?.number ?? 0) + 1 } });
    const attempts = await tx.scormAttempt.findMany({ where: { userId: learnerId, scoId: { in: pkg.scos.map((s) => s.id) }, ...cycle }, select: { scoId: true, completionStatus: true, successStatus: true } });
    const doneScos = new Set(attempts.filter((a) => scoDone(pkg.version as "1.2", a.completionStatus, a.successStatus)).map((a) => a.scoId));
    return {
      attemptId: attempt.id,
      version: pkg.version as "1.2" | "2004",
      cmi: attempt.cmi,
      commitSeq: attempt.commitSeq,
      sco: { title: sco.title, href: sco.href, position: sco.position },
      scos: pkg.scos.map((s) => ({ title: s.title, position: s.position, done: doneScos.has(s.id) })),
      token: issueLaunchToken({ key: pkg.storageKey, origin: platformOrigin }),
    };
  });
}

export interface CommitResult {
  stored: boolean;
  moduleCompleted: boolean;
  progressPercent: number | null;
}

/** Stores a runtime commit of the learner's own attempt: { commitSequence, cmi }. */
export async function commitAttempt(scope: VisibilityScope, learnerId: string, attemptId: string, body: unknown): Promise<CommitResult> {
  if (!UUID.test(attemptId)) throw new NotFound();
  const commit = body as { commitSequence?: unknown; cmi?: unknown } | null;
  const sequence = Number(commit?.commitSequence);
  if (!commit || typeof commit.cmi !== "object" || commit.cmi === null || !Number.isSafeInteger(sequence) || sequence < 1) throw new Invalid({ commit: "commitMalformed" });
  return forTenant(scope.ctx, async (tx) => {
    const attempt = await tx.scormAttempt.findFirst({ where: { id: attemptId, userId: learnerId }, include: { sco: { include: { package: true } } } });
    if (!attempt) throw new NotFound();
    const pkg = attempt.sco.package;
    // Compare-and-set on the sequence: only a newer commit than the stored one is written.
    const summary = summarizeRuntime(pkg.version as "1.2", commit.cmi);
    const written = await tx.scormAttempt.updateMany({
      where: { id: attemptId, commitSeq: { lt: sequence } },
      data: {
        cmi: commit.cmi as Prisma.InputJsonValue,
        commitSeq: sequence,
        completionStatus: summary.completionStatus,
        successStatus: summary.successStatus,
        scoreScaled: summary.scoreScaled,
        scoreRaw: summary.scoreRaw,
        location: summary.location,
        suspendData: summary.suspendData,
        ...(summary.totalSeconds !== null ? { totalSeconds: summary.totalSeconds } : {}),
      },
    });
    if (written.count === 0) return { stored: false, moduleCompleted: false, progressPercent: null };
    const enrolment = await tx.enrolment.findFirst({ where: { userId: learnerId, courseId: pkg.courseId }, select: { id: true, cycleStartedAt: true } });
    if (!enrolment) throw new NotFound();
    // The module is complete once every SCO of its package is done in the current certification cycle.
    const cycleStart = enrolment.cycleStartedAt ?? new Date(0);
    if (attempt.createdAt < cycleStart) return { stored: true, moduleCompleted: false, progressPercent: null };
    const scos = await tx.scormSco.findMany({ where: { packageId: pkg.id }, select: { id: true } });
    const latest = await tx.scormAttempt.findMany({ where: { userId: learnerId, scoId: { in: scos.map((s) => s.id) }, createdAt: { gte: cycleStart } }, select: { scoId: true, completionStatus: true, successStatus: true } });
    const done = new Set(latest.filter((a) => scoDone(pkg.version as "1.2", a.completionStatus, a.successStatus)).map((a) => a.scoId));
    if (!scos.every((s) => done.has(s.id))) return { stored: true, moduleCompleted: false, progressPercent: null };
    await tx.moduleCompletion.createMany({ data: [{ tenantId: scope.ctx.tenantId, userId: learnerId, moduleId: pkg.moduleId }], skipDuplicates: true });
    const { progressPercent } = await refreshProgress(tx, enrolment.id, learnerId, pkg.courseId);
    return { stored: true, moduleCompleted: true, progressPercent };
  });
}
