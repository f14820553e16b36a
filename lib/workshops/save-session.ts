// Adding or changing a session of a workshop course, by its authors; audited. When the dates or the place of a
// session change, its candidates and participants are told, and their reminder is due again.
import type { Author } from "@/lib/authoring/author";
import { recordAudit } from "@/lib/console/audit-log";
import { asPlatform, forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { afterCommit } from "@/lib/notifications/queue-email";
import { applicationPath, notify, RECIPIENT_SELECT, SESSION_FACTS_SELECT, sessionValues } from "./notify";
import { parseSessionInput } from "./session-input";
import { workshopCourse } from "./workshop-course";
import { UUID } from "@/lib/ids";

/** Creates a session (sessionId null) or updates one; returns its id. */
export async function saveSession(
  author: Author,
  courseId: string,
  sessionId: string | null,
  input: Record<string, unknown>,
): Promise<string> {
  const data = parseSessionInput(input);
  if (sessionId !== null && !UUID.test(sessionId)) throw new NotFound();
  let moved = false;
  const savedId = await forTenant(author.ctx, async (tx) => {
    await workshopCourse(tx, author, courseId);
    const audit = { before: null as Record<string, unknown> | null, after: { ...data } };
    let id = sessionId;
    if (id === null) {
      // Owner, isCore and audience are copied from the course by a trigger whatever is written here.
      id = (
        await tx.workshopSession.create({
          data: { ...data, courseId, tenantId: author.ctx.tenantId, audience: "CUSTOMS_ONLY" },
          select: { id: true },
        })
      ).id;
    } else {
      const before = await tx.workshopSession.findFirst({ where: { id, courseId, tenantId: author.ctx.tenantId } });
      if (!before) throw new NotFound();
      audit.before = {
        startsAt: before.startsAt,
        endsAt: before.endsAt,
        timeZone: before.timeZone,
        place: before.place,
        onlineUrl: before.onlineUrl,
        capacity: before.capacity,
        applicationsCloseAt: before.applicationsCloseAt,
      };
      moved =
        before.startsAt.getTime() !== data.startsAt.getTime() ||
        before.endsAt.getTime() !== data.endsAt.getTime() ||
        before.timeZone !== data.timeZone ||
        before.place !== data.place ||
        before.onlineUrl !== data.onlineUrl;
      await tx.workshopSession.update({ where: { id }, data });
    }
    await recordAudit(tx, author.actor, {
      tenantId: author.ctx.tenantId,
      action: sessionId ? "workshop.session.update" : "workshop.session.create",
      targetType: "WorkshopSession",
      targetId: id,
      ...audit,
    });
    return id;
  });
  if (moved) await tellCandidatesOfChange(savedId);
  return savedId;
}

/** Candidates come from every administration, hence the named cross-tenant access, limited to this session. */
async function tellCandidatesOfChange(sessionId: string): Promise<void> {
  const steps = await asPlatform("workshop session change: tell its candidates in every administration", async (tx) => {
    const session = await tx.workshopSession.findUniqueOrThrow({
      where: { id: sessionId },
      select: SESSION_FACTS_SELECT,
    });
    const concerned = await tx.workshopApplication.findMany({
      where: { sessionId, status: { in: ["PENDING", "ACCEPTED", "SUBMITTED", "WAITING_LIST", "SELECTED"] } },
      select: { id: true, status: true, user: { select: RECIPIENT_SELECT } },
    });
    await tx.workshopApplication.updateMany({
      where: { id: { in: concerned.map((a) => a.id) } },
      data: { reminderSentAt: null },
    });
    const told = [];
    for (const application of concerned) {
      // The online link is for selected participants only.
      const shown = application.status === "SELECTED" ? session : { ...session, onlineUrl: null };
      told.push(
        await notify(
          tx,
          application.user,
          "workshopSessionChanged",
          sessionValues(shown, application.user.locale),
          applicationPath(application.id),
          undefined,
          // A calendar invitation for those who have a place (or await the Secretariat's selection).
          ["ACCEPTED", "SUBMITTED", "SELECTED"].includes(application.status) ? shown : undefined,
        ),
      );
    }
    return told;
  });
  await afterCommit(steps);
}
