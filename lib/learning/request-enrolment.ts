// Courses closed to self-enrolment: an officer asks, their administration's coordinator decides
// (lib/applications/decide-application.ts), told by an alert and an e-mail. After a denial the officer may ask
// again only from the course's next session (enrolment-denial.ts); asking again then reopens the request.
import type { VisibilityScope } from "@/lib/auth/visibility-scope";
import { visibilityWhere } from "@/lib/catalogue/visibility-where";
import { forTenant } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { UUID } from "@/lib/ids";
import { afterCommit } from "@/lib/notifications/queue-email";
import { askAgainFrom } from "./enrolment-denial";
import { COURSE_TITLES_SELECT, tellCoordinatorsOfRequest } from "./enrolment-notices";

export async function requestEnrolment(
  scope: VisibilityScope,
  learnerId: string,
  courseId: string,
  now = new Date(),
): Promise<void> {
  // Only Customs officers have a coordinator to ask.
  if (!scope.signedIn || scope.ctx.audience !== "CUSTOMS" || !UUID.test(courseId)) throw new NotFound();
  const steps = await forTenant(scope.ctx, async (tx) => {
    const course = await tx.course.findFirst({
      where: { id: courseId, ...visibilityWhere(scope) },
      select: { selfEnrolment: true, ...COURSE_TITLES_SELECT },
    });
    if (!course) throw new NotFound();
    if (course.selfEnrolment) throw new Invalid({ request: "selfEnrolmentOpen" });
    if (await tx.enrolment.findFirst({ where: { userId: learnerId, courseId }, select: { id: true } }))
      throw new Invalid({ request: "alreadyEnrolled" });
    const earlier = await tx.enrolmentRequest.findFirst({
      where: { userId: learnerId, courseId },
      select: { status: true, decidedAt: true },
    });
    if (earlier?.status === "PENDING") return [];
    if (
      earlier?.status === "DENIED" &&
      earlier.decidedAt &&
      now < (await askAgainFrom(tx, courseId, earlier.decidedAt))
    )
      throw new Invalid({ request: "deniedUntilNextSession" });
    const request = await tx.enrolmentRequest.upsert({
      where: { userId_courseId: { userId: learnerId, courseId } },
      create: { tenantId: scope.ctx.tenantId, userId: learnerId, courseId },
      update: { status: "PENDING", requestedAt: now, decidedById: null, decidedAt: null, reason: null },
      select: { id: true, tenantId: true, user: { select: { firstName: true, lastName: true } } },
    });
    return tellCoordinatorsOfRequest(tx, {
      id: request.id,
      tenantId: request.tenantId,
      requester: `${request.user.firstName} ${request.user.lastName}`,
      course,
    });
  });
  await afterCommit(steps);
}
