// Everything the course page shows, read in one transaction: the course as the viewer may see it with their
// enrolment and progress, their request to join a closed course, a workshop's upcoming sessions and, on the
// Certificate tab, their certificates of the course. 404 (NotFound) when the viewer may not see the course.
// A guest (options.guest: a visitor on a site admitting guests) of a course open to guests opens its modules,
// and nothing of theirs is read or written (ADR 0042).
import type { VisibilityScope } from "@/lib/auth/visibility-scope";
import { readCourse } from "@/lib/catalogue/get-course";
import { readCertificates } from "@/lib/certificates/list-certificates";
import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { UUID } from "@/lib/ids";
import { readCourseSessions } from "@/lib/workshops/list-course-sessions";
import { readEnrolmentRequest } from "./enrolment-request-status";

export async function viewCoursePage(
  scope: VisibilityScope,
  viewerId: string | null,
  locale: Locale,
  courseId: string,
  options: { certificates: boolean; guest?: boolean },
) {
  if (!UUID.test(courseId)) throw new NotFound();
  return forTenant(scope.ctx, async (tx) => {
    const course = await readCourse(tx, scope, locale, courseId, viewerId);
    // A workshop closed to self-enrolment is joined by applying to one of its sessions.
    const joinedBySessions = course.type === "WORKSHOP" && !course.selfEnrolment;
    // Officers may ask to join a course closed to self-enrolment; their coordinator decides.
    const mayRequest =
      !course.enrolment &&
      !course.selfEnrolment &&
      !joinedBySessions &&
      viewerId !== null &&
      scope.ctx.audience === "CUSTOMS";
    // One after another: a transaction's queries share one connection.
    const request = mayRequest ? await readEnrolmentRequest(tx, viewerId, course.id) : null;
    const sessions = course.type === "WORKSHOP" ? await readCourseSessions(tx, scope, viewerId, course.id) : [];
    const certificates =
      options.certificates && course.hasCertificate && viewerId
        ? await readCertificates(tx, viewerId, { courseId: course.id })
        : [];
    const guest = options.guest === true && !scope.signedIn && viewerId === null && course.openToGuests;
    return { course, joinedBySessions, mayRequest, request, sessions, certificates, guest };
  });
}
