// Removing a session of a workshop course, by its authors; refused while it has selected participants
// (their bookings are not destroyed by authoring). Applications come from many administrations, so the
// check and the removal run across tenants, limited explicitly to the author's own course; audited.
import type { Author } from "@/lib/authoring/author";
import { recordAudit } from "@/lib/console/audit-log";
import { asPlatform } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { UUID } from "./workshop-course";

export async function deleteSession(author: Author, courseId: string, sessionId: string): Promise<void> {
  if (!UUID.test(courseId) || !UUID.test(sessionId)) throw new NotFound();
  await asPlatform("workshop session removal: applications of every administration", async (tx) => {
    const session = await tx.workshopSession.findFirst({ where: { id: sessionId, courseId, tenantId: author.ctx.tenantId, course: { type: "WORKSHOP" } } });
    if (!session) throw new NotFound();
    await tx.$queryRaw`SELECT 1 FROM "WorkshopSession" WHERE "id" = ${sessionId}::uuid FOR UPDATE`;
    if (await tx.workshopApplication.count({ where: { sessionId, status: "SELECTED" } })) throw new Invalid({ session: "sessionHasParticipants" });
    await tx.workshopSession.delete({ where: { id: sessionId } });
    await recordAudit(tx, author.actor, {
      tenantId: author.ctx.tenantId, action: "workshop.session.delete", targetType: "WorkshopSession", targetId: sessionId,
      before: { courseId, startsAt: session.startsAt, endsAt: session.endsAt, timeZone: session.timeZone, place: session.place, onlineUrl: session.onlineUrl, capacity: session.capacity },
    });
  });
}
