// Marks a module complete for an enrolled learner (the players call this), once, and brings the
// enrolment's progress up to date: completed required modules over required modules. The course is complete
// when every required module is: SCORM modules when done, quizzes when passed, evaluations when sent.
import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import type { VisibilityScope } from "@/lib/auth/visibility-scope";
import { refreshProgress } from "./refresh-progress";

export async function completeModule(
  scope: VisibilityScope,
  learnerId: string,
  moduleId: string,
): Promise<{ progressPercent: number; completedNow: boolean }> {
  return forTenant(scope.ctx, async (tx) => {
    const courseModule = await tx.courseModule.findFirst({ where: { id: moduleId }, select: { courseId: true } });
    const enrolment = courseModule
      ? await tx.enrolment.findFirst({ where: { userId: learnerId, courseId: courseModule.courseId } })
      : null;
    if (!courseModule || !enrolment) throw new NotFound();
    await tx.moduleCompletion.createMany({
      data: [{ tenantId: scope.ctx.tenantId, userId: learnerId, moduleId }],
      skipDuplicates: true,
    });
    return refreshProgress(tx, enrolment.id, learnerId, courseModule.courseId);
  });
}
