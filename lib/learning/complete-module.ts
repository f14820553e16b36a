// Marks a module complete for an enrolled learner (the players call this), once, and brings the
// enrolment's progress up to date: completed required modules over required modules.
import { forTenant, type TenantTx } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import type { VisibilityScope } from "@/lib/catalogue/list-visible-courses";

export async function completeModule(scope: VisibilityScope, learnerId: string, moduleId: string): Promise<{ progressPercent: number }> {
  return forTenant(scope.ctx, async (tx) => {
    const courseModule = await tx.courseModule.findFirst({ where: { id: moduleId }, select: { courseId: true } });
    const enrolment = courseModule ? await tx.enrolment.findFirst({ where: { userId: learnerId, courseId: courseModule.courseId } }) : null;
    if (!courseModule || !enrolment) throw new NotFound();
    await tx.moduleCompletion.createMany({ data: [{ tenantId: scope.ctx.tenantId, userId: learnerId, moduleId }], skipDuplicates: true });
    return refreshProgress(tx, enrolment.id, learnerId, courseModule.courseId);
  });
}

export async function refreshProgress(tx: TenantTx, enrolmentId: string, learnerId: string, courseId: string): Promise<{ progressPercent: number }> {
  const required = await tx.courseModule.findMany({ where: { courseId, required: true }, select: { id: true } });
  const done = await tx.moduleCompletion.count({ where: { userId: learnerId, moduleId: { in: required.map((m) => m.id) } } });
  const progressPercent = required.length ? Math.floor((done * 100) / required.length) : 0;
  const complete = required.length > 0 && done === required.length;
  await tx.enrolment.update({
    where: { id: enrolmentId },
    data: { progressPercent, ...(complete ? { status: "COMPLETED", completedAt: new Date() } : {}) },
  });
  return { progressPercent };
}
