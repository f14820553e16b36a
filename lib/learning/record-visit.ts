// The course page tells the server, once shown, that the learner opened the course (POST
// /api/courses/[id]/visit): a page's GET only reads.
import type { VisibilityScope } from "@/lib/auth/visibility-scope";
import { visibilityWhere } from "@/lib/catalogue/visibility-where";
import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { UUID } from "@/lib/ids";

/** Remembers when the learner last opened the course, for "latest visited" on the dashboard; 404 for a course they cannot see. */
export async function recordVisit(scope: VisibilityScope, learnerId: string, courseId: string): Promise<void> {
  if (!scope.signedIn || !UUID.test(courseId)) throw new NotFound();
  await forTenant(scope.ctx, async (tx) => {
    if (!(await tx.course.findFirst({ where: { id: courseId, ...visibilityWhere(scope) }, select: { id: true } })))
      throw new NotFound();
    // Nothing to remember for a course the learner has not joined.
    await tx.enrolment.updateMany({ where: { userId: learnerId, courseId }, data: { lastVisitedAt: new Date() } });
  });
}
