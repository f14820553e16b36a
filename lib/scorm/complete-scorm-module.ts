// A SCORM module is complete once its package is, by the standard's rules applied to the learner's stored
// records of the current certification cycle (sequencing/package-complete.ts: the 2004 activity tree's rollup,
// every SCO for 1.2): then the completion is recorded (once) and the enrolment's progress brought up to date, in
// one transaction.
import { forTenant, type TenantContext } from "@/lib/db";
import { refreshProgress } from "@/lib/learning/refresh-progress";
import type { AttemptSco } from "./attempt-sco";
import { packageComplete } from "./sequencing/package-complete";

/** The enrolment's progress when the module is complete, otherwise null. */
export async function completeScormModule(
  ctx: TenantContext,
  learnerId: string,
  sco: AttemptSco,
  enrolmentId: string,
  cycleStart: Date,
): Promise<number | null> {
  return forTenant(ctx, async (tx) => {
    const pkg = await tx.scormPackage.findUnique({
      where: { id: sco.packageId },
      select: { id: true, moduleId: true, version: true, storageKey: true, sequencing: true },
    });
    if (!pkg || !(await packageComplete(tx, pkg, learnerId, cycleStart))) return null;
    await tx.moduleCompletion.createMany({
      data: [{ tenantId: ctx.tenantId, userId: learnerId, moduleId: sco.moduleId }],
      skipDuplicates: true,
    });
    return (await refreshProgress(tx, enrolmentId, learnerId, sco.courseId)).progressPercent;
  });
}
