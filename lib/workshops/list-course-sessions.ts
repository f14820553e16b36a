// The upcoming sessions of a workshop course on its catalogue page, with the viewer's application to each.
import type { VisibilityScope } from "@/lib/auth/visibility-scope";
import { visibilityWhere } from "@/lib/catalogue/visibility-where";
import { forTenant, type TenantTx } from "@/lib/db";
import { UUID } from "@/lib/ids";

export type CourseSession = Awaited<ReturnType<typeof readCourseSessions>>[number];

export async function listCourseSessions(
  scope: VisibilityScope,
  viewerId: string | null,
  courseId: string,
  now = new Date(),
) {
  if (!UUID.test(courseId)) return [];
  return forTenant(scope.ctx, (tx) => readCourseSessions(tx, scope, viewerId, courseId, now));
}

/** listCourseSessions() within a transaction of the caller (a page that reads more in the same one). */
export async function readCourseSessions(
  tx: TenantTx,
  scope: VisibilityScope,
  viewerId: string | null,
  courseId: string,
  now = new Date(),
) {
  if (!UUID.test(courseId)) return [];
  const sessions = await tx.workshopSession.findMany({
    where: { courseId, startsAt: { gt: now }, course: { ...visibilityWhere(scope), type: "WORKSHOP" } },
    orderBy: { startsAt: "asc" },
    take: 50,
  });
  const applications =
    viewerId && sessions.length
      ? await tx.workshopApplication.findMany({
          where: { userId: viewerId, sessionId: { in: sessions.map((s) => s.id) } },
          select: { id: true, sessionId: true, status: true },
        })
      : [];
  return sessions.map((s) => {
    const application = applications.find((a) => a.sessionId === s.id) ?? null;
    return {
      id: s.id,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      timeZone: s.timeZone,
      place: s.place,
      capacity: s.capacity,
      online: s.onlineUrl !== null,
      // The link itself is for the selected participants.
      onlineUrl: application?.status === "SELECTED" ? s.onlineUrl : null,
      open: now < (s.applicationsCloseAt ?? s.startsAt),
      applicationsCloseAt: s.applicationsCloseAt,
      application: application ? { id: application.id, status: application.status } : null,
    };
  });
}
