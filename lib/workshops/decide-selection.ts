// WCO staff (or, for an administration's own workshop, its tenant admins) decide who takes part: Select up to
// the session's capacity, put on the waiting list (in order), or Not select. The session row is locked for the
// decision, so two selections for the last seat cannot both succeed. A seat that is given up goes to the first
// of the waiting list. Audited; every candidate concerned is told, and
// their administration's coordinators with them (tell-coordinators.ts).
import { recordAudit } from "@/lib/console/audit-log";
import { Conflict, Invalid, NotFound } from "@/lib/errors";
import { afterCommit } from "@/lib/notifications/queue-email";
import { applicationPath, SESSION_FACTS_SELECT } from "./notify";
import { notifyParticipant, PARTICIPANT_SELECT, type ParticipantNotice } from "./tell-coordinators";
import { inSelection, selectableSessions, type Selector } from "./selector";
import { compactWaitingList, lockSession, nextWaitingListPosition, promoteFromWaitingList } from "./waiting-list";
import { UUID } from "@/lib/ids";

export const OUTCOMES = ["SELECTED", "WAITING_LIST", "NOT_SELECTED"] as const;
export type Outcome = (typeof OUTCOMES)[number];

const DECIDABLE = ["SUBMITTED", "SELECTED", "WAITING_LIST", "NOT_SELECTED"];
const NOTICE: Record<Outcome, ParticipantNotice> = {
  SELECTED: "workshopSelected",
  WAITING_LIST: "workshopWaitingList",
  NOT_SELECTED: "workshopNotSelected",
};

export async function decideSelection(selector: Selector, applicationId: string, outcome: Outcome): Promise<void> {
  if (!UUID.test(applicationId) || !(OUTCOMES as readonly string[]).includes(outcome)) throw new NotFound();
  const steps = await inSelection(selector, async (tx) => {
    const found = await tx.workshopApplication.findFirst({
      where: { id: applicationId, session: selectableSessions(selector) },
      select: { sessionId: true },
    });
    if (!found) throw new NotFound();
    await lockSession(tx, found.sessionId);
    const application = await tx.workshopApplication.findUniqueOrThrow({
      where: { id: applicationId },
      select: {
        id: true,
        tenantId: true,
        status: true,
        user: { select: PARTICIPANT_SELECT },
        session: { select: SESSION_FACTS_SELECT },
      },
    });
    if (!DECIDABLE.includes(application.status)) throw new Invalid({ application: "notACandidate" });
    if (application.status === outcome) return [];
    if (
      outcome === "SELECTED" &&
      (await tx.workshopApplication.count({ where: { sessionId: found.sessionId, status: "SELECTED" } })) >=
        application.session.capacity
    ) {
      throw new Conflict("The session is full.");
    }
    // Set aside first, so a participant moved to the waiting list does not take their own freed seat back.
    await tx.workshopApplication.update({
      where: { id: applicationId },
      data: { status: "NOT_SELECTED", waitingListPosition: null, selectorId: selector.actor.id },
    });
    const promoted =
      application.status === "SELECTED" ? await promoteFromWaitingList(tx, found.sessionId, selector.actor.id) : [];
    if (application.status === "WAITING_LIST") await compactWaitingList(tx, found.sessionId);
    const position = outcome === "WAITING_LIST" ? await nextWaitingListPosition(tx, found.sessionId) : null;
    await tx.workshopApplication.update({
      where: { id: applicationId },
      data: {
        status: outcome,
        waitingListPosition: position,
        ...(outcome === "SELECTED" ? { selectedAt: new Date() } : {}),
      },
    });
    await recordAudit(tx, selector.actor, {
      tenantId: application.tenantId,
      action: `workshop.selection.${outcome.toLowerCase()}`,
      targetType: "WorkshopApplication",
      targetId: applicationId,
      before: { status: application.status },
      after: { status: outcome, waitingListPosition: position, sessionId: found.sessionId },
    });
    const told = await notifyParticipant(
      tx,
      application.user,
      NOTICE[outcome],
      application.session,
      applicationPath(applicationId),
      { position: String(position ?? "") },
    );
    return [...promoted, ...told];
  });
  await afterCommit(steps);
}
