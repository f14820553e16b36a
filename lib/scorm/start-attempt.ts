// "Start a new attempt" on a SCO whose latest attempt is over: allowed when the module's settings allow it and
// attempts remain (attempt-policy.ts), refused on the server otherwise. The new attempt starts empty, so its
// first launch is entry "ab-initio"; the attempt before it stays as it was recorded.
import type { VisibilityScope } from "@/lib/auth/visibility-scope";
import { forTenant } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { UUID } from "@/lib/ids";
import { scormSettingsOf } from "@/lib/records/scorm-settings";
import { attemptState } from "./attempt-policy";

/** Starts the next attempt after `attemptId` (the learner's latest on its SCO); answers the SCO's position. */
export async function startNewAttempt(
  scope: VisibilityScope,
  learnerId: string,
  moduleId: string,
  attemptId: string,
): Promise<number> {
  // Only a signed-in learner's own attempt (the door already answers 404 to a visitor).
  if (!scope.signedIn || !UUID.test(moduleId) || !UUID.test(attemptId)) throw new NotFound();
  return forTenant(scope.ctx, async (tx) => {
    // One start at a time per learner and attempt: a double click starts one attempt.
    await tx.$executeRaw`SELECT 1 FROM "ScormAttempt" WHERE "id" = ${attemptId}::uuid AND "userId" = ${learnerId}::uuid FOR UPDATE`;
    const attempt = await tx.scormAttempt.findFirst({
      where: { id: attemptId, userId: learnerId, sco: { package: { moduleId } } },
      include: { sco: { include: { package: true } } },
    });
    const [learner, enrolment] = attempt
      ? await Promise.all([
          tx.user.findFirst({ where: { id: learnerId, status: "ACTIVE" }, select: { id: true } }),
          tx.enrolment.findFirst({
            where: { userId: learnerId, courseId: attempt.sco.package.courseId },
            select: { cycleStartedAt: true },
          }),
        ])
      : [null, null];
    if (!attempt || !learner || !enrolment) throw new NotFound();
    const cycle = enrolment.cycleStartedAt ? { createdAt: { gte: enrolment.cycleStartedAt } } : {};
    const latest = await tx.scormAttempt.findFirst({
      where: { userId: learnerId, scoId: attempt.scoId },
      orderBy: { number: "desc" },
      select: { id: true, number: true },
    });
    // An attempt of an earlier cycle, or one already followed by another: the page was stale.
    if (latest?.id !== attempt.id || (enrolment.cycleStartedAt && attempt.createdAt < enrolment.cycleStartedAt))
      throw new Invalid({ attempt: "attemptNotLatest" });
    const [settings] = (await scormSettingsOf(tx, [moduleId])).values();
    const inCycle = await tx.scormAttempt.count({ where: { userId: learnerId, scoId: attempt.scoId, ...cycle } });
    const state = attemptState(attempt.sco.package.version as "1.2" | "2004", settings, attempt, inCycle);
    if (!state.mayStartNew) throw new Invalid({ attempt: state.review ? "noNewAttempt" : "attemptNotOver" });
    await tx.scormAttempt.create({
      data: { tenantId: scope.ctx.tenantId, userId: learnerId, scoId: attempt.scoId, number: attempt.number + 1 },
    });
    return attempt.sco.position;
  });
}
