import type { VisibilityScope } from "@/lib/auth/visibility-scope";
import { forTenant, type TenantTx } from "@/lib/db";
import { askAgainFrom } from "./enrolment-denial";

/** The learner's request for a course, if any: PENDING, ACCEPTED or DENIED. */
export async function enrolmentRequestStatus(scope: VisibilityScope, learnerId: string, courseId: string) {
  return forTenant(scope.ctx, (tx) => readEnrolmentRequest(tx, learnerId, courseId));
}

/** enrolmentRequestStatus() within a transaction of the caller (a page that reads more in the same one). For a
 * denial, `askAgainFrom` says from when the officer may ask again, and `denialStands` whether that is still ahead. */
export async function readEnrolmentRequest(tx: TenantTx, learnerId: string, courseId: string) {
  const request = await tx.enrolmentRequest.findFirst({
    where: { userId: learnerId, courseId },
    select: { status: true, reason: true, decidedAt: true },
  });
  if (!request) return null;
  const until =
    request.status === "DENIED" && request.decidedAt ? await askAgainFrom(tx, courseId, request.decidedAt) : null;
  return {
    status: request.status,
    reason: request.reason,
    askAgainFrom: until,
    denialStands: !!until && until > new Date(),
  };
}
