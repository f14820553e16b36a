// The coordinator's decision on a workshop application, from the Applications page: the applicant's
// administration's National Coordinator, or a WCO admin (as for enrolment requests). Accepted candidates
// go on to give the workshop's information; a denial is final for that session. Audited; the candidate is told, and
// every coordinator's alert asking for the decision is marked done.
import { recordAudit } from "@/lib/console/audit-log";
import { Invalid, NotFound } from "@/lib/errors";
import { actionKey, markActionDone } from "@/lib/notifications/mark-action-done";
import { afterCommit } from "@/lib/notifications/queue-email";
import { inTeamTransaction, teamScope, type Manager } from "@/lib/team/team-scope";
import { applicationPath, notify, RECIPIENT_SELECT, SESSION_FACTS_SELECT, sessionValues } from "./notify";
import { UUID } from "@/lib/ids";

export async function decideWorkshopApplication(
  manager: Manager,
  applicationId: string,
  accept: boolean,
  reason?: string,
): Promise<void> {
  const scope = teamScope(manager);
  if (!UUID.test(applicationId)) throw new NotFound();
  const steps = await inTeamTransaction(scope, "decide a workshop application", async (tx) => {
    const application = await tx.workshopApplication.findFirst({
      where: {
        id: applicationId,
        ...(scope.kind === "administration" ? { tenantId: scope.tenantId } : { tenant: { kind: "ADMINISTRATION" } }),
      },
      select: {
        id: true,
        tenantId: true,
        status: true,
        sessionId: true,
        user: { select: RECIPIENT_SELECT },
        session: { select: SESSION_FACTS_SELECT },
      },
    });
    if (!application) throw new NotFound();
    if (application.status !== "PENDING") throw new Invalid({ request: "alreadyDecided" });
    const status = accept ? "ACCEPTED" : "DENIED";
    const coordinatorReason = accept ? null : reason?.trim().slice(0, 1000) || null;
    await tx.workshopApplication.update({
      where: { id: application.id },
      data: { status, coordinatorId: scope.actor.id, coordinatorDecidedAt: new Date(), coordinatorReason },
    });
    await recordAudit(tx, scope.actor, {
      tenantId: application.tenantId,
      action: accept ? "workshop.application.accept" : "workshop.application.deny",
      targetType: "WorkshopApplication",
      targetId: application.id,
      before: { status: "PENDING" },
      after: { status, sessionId: application.sessionId, userId: application.user.id, reason: coordinatorReason },
    });
    await markActionDone(tx, actionKey("WorkshopApplication", application.id));
    const values = { ...sessionValues(application.session, application.user.locale), reason: coordinatorReason ?? "" };
    return [
      await notify(
        tx,
        application.user,
        accept ? "workshopAccepted" : "workshopDenied",
        values,
        applicationPath(application.id),
        undefined,
        application.session,
      ),
    ];
  });
  await afterCommit(steps);
}
