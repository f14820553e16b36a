// Removing a session of a workshop course, by its authors; refused while it has selected participants
// (their bookings are not destroyed by authoring). Candidates whose applications were still open are told
// (alert and e-mail). Applications come from many administrations, so the check and the removal run across
// tenants, limited explicitly to the author's own course; audited.
import type { Author } from "@/lib/authoring/author";
import { recordAudit } from "@/lib/console/audit-log";
import { asPlatform } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { afterCommit } from "@/lib/notifications/queue-email";
import { notify, RECIPIENT_SELECT, SESSION_FACTS_SELECT, sessionValues } from "./notify";
import { UUID } from "@/lib/ids";

export async function deleteSession(author: Author, courseId: string, sessionId: string): Promise<void> {
  if (!UUID.test(courseId) || !UUID.test(sessionId)) throw new NotFound();
  const steps = await asPlatform("workshop session removal: applications of every administration", async (tx) => {
    const session = await tx.workshopSession.findFirst({
      where: { id: sessionId, courseId, tenantId: author.ctx.tenantId, course: { type: "WORKSHOP" } },
      select: SESSION_FACTS_SELECT,
    });
    if (!session) throw new NotFound();
    await tx.$queryRaw`SELECT 1 FROM "WorkshopSession" WHERE "id" = ${sessionId}::uuid FOR UPDATE`;
    if (await tx.workshopApplication.count({ where: { sessionId, status: "SELECTED" } }))
      throw new Invalid({ session: "sessionHasParticipants" });
    const open = await tx.workshopApplication.findMany({
      where: { sessionId, status: { in: ["PENDING", "ACCEPTED", "SUBMITTED", "WAITING_LIST"] } },
      select: { user: { select: RECIPIENT_SELECT } },
    });
    const told = [];
    for (const { user } of open)
      told.push(
        await notify(tx, user, "workshopSessionCancelled", sessionValues(session, user.locale), `/courses/${courseId}`),
      );
    await tx.workshopSession.delete({ where: { id: sessionId } });
    await recordAudit(tx, author.actor, {
      tenantId: author.ctx.tenantId,
      action: "workshop.session.delete",
      targetType: "WorkshopSession",
      targetId: sessionId,
      before: {
        courseId,
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        timeZone: session.timeZone,
        place: session.place,
        onlineUrl: session.onlineUrl,
        capacity: session.capacity,
      },
    });
    return told;
  });
  await afterCommit(steps);
}
