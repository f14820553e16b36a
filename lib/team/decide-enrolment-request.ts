// The coordinator accepts or denies an officer's request to join a course closed to self-enrolment (audited).
// The officer is told, with the reason and when they may ask again; the coordinators' alerts are marked done.
import { recordAudit } from "@/lib/console/audit-log";
import { Invalid, NotFound } from "@/lib/errors";
import { inTeamTransaction, teamScope, type Manager } from "./team-scope";
import { UUID } from "@/lib/ids";
import { askAgainFrom } from "@/lib/learning/enrolment-denial";
import { COURSE_TITLES_SELECT, tellRequester } from "@/lib/learning/enrolment-notices";
import { actionKey, markActionDone } from "@/lib/notifications/mark-action-done";
import { afterCommit } from "@/lib/notifications/queue-email";
import { RECIPIENT_SELECT } from "@/lib/workshops/notify";

/** Accepts (enrolling the learner) or denies an enrolment request of a user the manager manages. */
export async function decideEnrolmentRequest(
  manager: Manager,
  requestId: string,
  accept: boolean,
  reason?: string,
): Promise<void> {
  const scope = teamScope(manager);
  if (!UUID.test(requestId)) throw new NotFound();
  const step = await inTeamTransaction(scope, "decide an enrolment request", async (tx) => {
    const request = await tx.enrolmentRequest.findFirst({
      where: {
        id: requestId,
        ...(scope.kind === "administration" ? { tenantId: scope.tenantId } : { tenant: { kind: "ADMINISTRATION" } }),
      },
      select: {
        id: true,
        tenantId: true,
        userId: true,
        courseId: true,
        status: true,
        user: { select: RECIPIENT_SELECT },
        course: { select: COURSE_TITLES_SELECT },
      },
    });
    if (!request) throw new NotFound();
    if (request.status !== "PENDING") throw new Invalid({ request: "alreadyDecided" });
    const decided = {
      decidedById: scope.actor.id,
      decidedAt: new Date(),
      reason: accept ? null : reason?.trim().slice(0, 1000) || null,
    };
    await tx.enrolmentRequest.update({
      where: { id: request.id },
      data: { ...decided, status: accept ? "ACCEPTED" : "DENIED" },
    });
    if (accept)
      await tx.enrolment.createMany({
        data: [{ tenantId: request.tenantId, userId: request.userId, courseId: request.courseId }],
        skipDuplicates: true,
      });
    await recordAudit(tx, scope.actor, {
      tenantId: request.tenantId,
      action: accept ? "enrolment.request.accept" : "enrolment.request.deny",
      targetType: "EnrolmentRequest",
      targetId: request.id,
      before: { status: "PENDING" },
      after: {
        status: accept ? "ACCEPTED" : "DENIED",
        courseId: request.courseId,
        userId: request.userId,
        reason: decided.reason,
      },
    });
    await markActionDone(tx, actionKey("EnrolmentRequest", request.id), decided.decidedAt);
    return tellRequester(tx, request.user, {
      accept,
      reason: decided.reason,
      askAgainFrom: accept ? null : await askAgainFrom(tx, request.courseId, decided.decidedAt),
      courseId: request.courseId,
      course: request.course,
    });
  });
  await afterCommit([step]);
}
