// Marks a module complete for an enrolled learner (the players call this), once, and brings the
// enrolment's progress up to date: completed required modules over required modules. The course is complete
// when every required module is: SCORM modules when done, quizzes when passed, evaluations when sent.
import { forTenant, type TenantTx } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import type { VisibilityScope } from "@/lib/catalogue/list-visible-courses";

export async function completeModule(scope: VisibilityScope, learnerId: string, moduleId: string): Promise<{ progressPercent: number; completedNow: boolean }> {
  return forTenant(scope.ctx, async (tx) => {
    const courseModule = await tx.courseModule.findFirst({ where: { id: moduleId }, select: { courseId: true } });
    const enrolment = courseModule ? await tx.enrolment.findFirst({ where: { userId: learnerId, courseId: courseModule.courseId } }) : null;
    if (!courseModule || !enrolment) throw new NotFound();
    await tx.moduleCompletion.createMany({ data: [{ tenantId: scope.ctx.tenantId, userId: learnerId, moduleId }], skipDuplicates: true });
    return refreshProgress(tx, enrolment.id, learnerId, courseModule.courseId);
  });
}

/** Progress over required modules; the first time every required module is done, the completion is recorded. */
export async function refreshProgress(tx: TenantTx, enrolmentId: string, learnerId: string, courseId: string): Promise<{ progressPercent: number; completedNow: boolean }> {
  const required = await tx.courseModule.findMany({ where: { courseId, required: true }, select: { id: true } });
  const done = await tx.moduleCompletion.count({ where: { userId: learnerId, moduleId: { in: required.map((m) => m.id) } } });
  const progressPercent = required.length ? Math.floor((done * 100) / required.length) : 0;
  const complete = required.length > 0 && done === required.length;
  const enrolment = await tx.enrolment.findUniqueOrThrow({ where: { id: enrolmentId }, select: { completedAt: true } });
  const completedNow = complete && enrolment.completedAt === null;
  await tx.enrolment.update({
    where: { id: enrolmentId },
    data: { progressPercent, ...(completedNow ? { status: "COMPLETED", completedAt: new Date(), grade: await courseGrade(tx, learnerId, courseId) } : {}) },
  });
  return { progressPercent, completedNow };
}

/** The mean of the learner's best score in each quiz of the course, or null for a course without quizzes. */
async function courseGrade(tx: TenantTx, learnerId: string, courseId: string): Promise<number | null> {
  const quizzes = await tx.quizSettings.findMany({ where: { courseId }, select: { moduleId: true } });
  if (quizzes.length === 0) return null;
  const best = await tx.quizAttempt.groupBy({ by: ["moduleId"], where: { userId: learnerId, moduleId: { in: quizzes.map((q) => q.moduleId) }, submittedAt: { not: null } }, _max: { scorePercent: true } });
  const scores = quizzes.map((q) => best.find((b) => b.moduleId === q.moduleId)?._max.scorePercent ?? 0);
  return Math.round((scores.reduce((sum, score) => sum + score, 0) / scores.length) * 10) / 10;
}