import type { VisibilityScope } from "@/lib/auth/visibility-scope";
import { forTenant, type TenantTx } from "@/lib/db";

/** The learner's request for a course, if any: PENDING, ACCEPTED or DENIED. */
export async function enrolmentRequestStatus(scope: VisibilityScope, learnerId: string, courseId: string) {
  return forTenant(scope.ctx, (tx) => readEnrolmentRequest(tx, learnerId, courseId));
}

/** enrolmentRequestStatus() within a transaction of the caller (a page that reads more in the same one). */
export async function readEnrolmentRequest(tx: TenantTx, learnerId: string, courseId: string) {
  return tx.enrolmentRequest.findFirst({
    where: { userId: learnerId, courseId },
    select: { status: true, reason: true },
  });
}
