// Courses closed to self-enrolment: an officer asks, their administration's coordinator decides
// (lib/applications/decide-application.ts). Asking again after a denial reopens the request.
import type { VisibilityScope } from "@/lib/auth/visibility-scope";
import { visibilityWhere } from "@/lib/catalogue/visibility-where";
import { forTenant } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { UUID } from "@/lib/ids";

export async function requestEnrolment(scope: VisibilityScope, learnerId: string, courseId: string): Promise<void> {
  // Only Customs officers have a coordinator to ask.
  if (!scope.signedIn || scope.ctx.audience !== "CUSTOMS" || !UUID.test(courseId)) throw new NotFound();
  await forTenant(scope.ctx, async (tx) => {
    const course = await tx.course.findFirst({
      where: { id: courseId, ...visibilityWhere(scope) },
      select: { selfEnrolment: true },
    });
    if (!course) throw new NotFound();
    if (course.selfEnrolment) throw new Invalid({ request: "selfEnrolmentOpen" });
    if (await tx.enrolment.findFirst({ where: { userId: learnerId, courseId }, select: { id: true } }))
      throw new Invalid({ request: "alreadyEnrolled" });
    await tx.enrolmentRequest.upsert({
      where: { userId_courseId: { userId: learnerId, courseId } },
      create: { tenantId: scope.ctx.tenantId, userId: learnerId, courseId },
      update: { status: "PENDING", requestedAt: new Date(), decidedById: null, decidedAt: null, reason: null },
    });
  });
}
