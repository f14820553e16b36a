// A SCORM module is complete once every SCO of its package is done in the current certification cycle: then
// the completion is recorded (once) and the enrolment's progress brought up to date, in one transaction.
import { forTenant, type TenantContext } from "@/lib/db";
import { refreshProgress } from "@/lib/learning/complete-module";
import type { AttemptSco } from "./attempt-sco";
import type { ScoRuntimeParameters } from "./sco-runtime-parameters";
import { statusDone } from "./status-rules";

/** The enrolment's progress when the module is complete, otherwise null. */
export async function completeScormModule(
  ctx: TenantContext,
  learnerId: string,
  sco: AttemptSco,
  enrolmentId: string,
  cycleStart: Date,
): Promise<number | null> {
  return forTenant(ctx, async (tx) => {
    const scos = await tx.scormSco.findMany({
      where: { packageId: sco.packageId },
      select: { id: true, runtime: true },
    });
    const latest = await tx.scormAttempt.findMany({
      where: { userId: learnerId, scoId: { in: scos.map((s) => s.id) }, createdAt: { gte: cycleStart } },
      select: { scoId: true, completionStatus: true, successStatus: true },
    });
    const runtimeOf = new Map(scos.map((s) => [s.id, s.runtime as Partial<ScoRuntimeParameters>]));
    const done = new Set(
      latest
        .filter((a) => statusDone(sco.version, a.completionStatus, a.successStatus, runtimeOf.get(a.scoId) ?? {}))
        .map((a) => a.scoId),
    );
    if (!scos.every((s) => done.has(s.id))) return null;
    await tx.moduleCompletion.createMany({
      data: [{ tenantId: ctx.tenantId, userId: learnerId, moduleId: sco.moduleId }],
      skipDuplicates: true,
    });
    return (await refreshProgress(tx, enrolmentId, learnerId, sco.courseId)).progressPercent;
  });
}
