// Self-enrolment: idempotent (a second enrolment changes nothing), only in a course the viewer can see,
// and refused where the course is closed to self-enrolment (WCO staff or the coordinator enrol instead).
import { forTenant } from "@/lib/db";
import { Forbidden, NotFound } from "@/lib/errors";
import type { VisibilityScope } from "@/lib/auth/visibility-scope";
import { visibilityWhere } from "@/lib/catalogue/visibility-where";

export async function enrolInCourse(
  scope: VisibilityScope,
  learner: { id: string; homeTenantId: string } | null,
  courseId: string,
): Promise<void> {
  if (!learner || !scope.signedIn) throw new NotFound();
  await forTenant(scope.ctx, async (tx) => {
    const course = await tx.course.findFirst({
      where: { id: courseId, ...visibilityWhere(scope) },
      select: { id: true, selfEnrolment: true },
    });
    if (!course) throw new NotFound();
    if (!course.selfEnrolment) throw new Forbidden("This course is closed to self-enrolment.");
    await tx.enrolment.createMany({
      data: [{ tenantId: scope.ctx.tenantId, userId: learner.id, courseId }],
      skipDuplicates: true,
    });
  });
}
