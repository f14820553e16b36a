// The coordinator accepts or denies an officer's request to join a course closed to self-enrolment (audited).
import { recordAudit } from "@/lib/console/audit-log";
import { Invalid, NotFound } from "@/lib/errors";
import { inTeamTransaction, teamScope, type Manager } from "./team-scope";
import { UUID } from "@/lib/ids";

/** Accepts (enrolling the learner) or denies an enrolment request of a user the manager manages. */
export async function decideEnrolmentRequest(
  manager: Manager,
  requestId: string,
  accept: boolean,
  reason?: string,
): Promise<void> {
  const scope = teamScope(manager);
  if (!UUID.test(requestId)) throw new NotFound();
  await inTeamTransaction(scope, "decide an enrolment request", async (tx) => {
    const request = await tx.enrolmentRequest.findFirst({
      where: {
        id: requestId,
        ...(scope.kind === "administration" ? { tenantId: scope.tenantId } : { tenant: { kind: "ADMINISTRATION" } }),
      },
      select: { id: true, tenantId: true, userId: true, courseId: true, status: true },
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
  });
}
