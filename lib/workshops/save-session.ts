// Adding or changing a session of a workshop course, by its authors; audited.
import type { Author } from "@/lib/authoring/author";
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { parseSessionInput } from "./session-input";
import { UUID, workshopCourse } from "./workshop-course";

/** Creates a session (sessionId null) or updates one; returns its id. */
export async function saveSession(author: Author, courseId: string, sessionId: string | null, input: Record<string, unknown>): Promise<string> {
  const data = parseSessionInput(input);
  if (sessionId !== null && !UUID.test(sessionId)) throw new NotFound();
  return forTenant(author.ctx, async (tx) => {
    await workshopCourse(tx, author, courseId);
    const audit = { before: null as Record<string, unknown> | null, after: { ...data } };
    let id = sessionId;
    if (id === null) {
      // Owner, isCore and audience are copied from the course by a trigger whatever is written here.
      id = (await tx.workshopSession.create({ data: { ...data, courseId, tenantId: author.ctx.tenantId, audience: "CUSTOMS_ONLY" }, select: { id: true } })).id;
    } else {
      const before = await tx.workshopSession.findFirst({ where: { id, courseId, tenantId: author.ctx.tenantId } });
      if (!before) throw new NotFound();
      audit.before = { startsAt: before.startsAt, endsAt: before.endsAt, timeZone: before.timeZone, place: before.place, onlineUrl: before.onlineUrl, capacity: before.capacity, applicationsCloseAt: before.applicationsCloseAt };
      await tx.workshopSession.update({ where: { id }, data });
    }
    await recordAudit(tx, author.actor, { tenantId: author.ctx.tenantId, action: sessionId ? "workshop.session.update" : "workshop.session.create", targetType: "WorkshopSession", targetId: id, ...audit });
    return id;
  });
}
