// Whether a device grant still authorises its device: the account is active and the enrolment it was given for is
// still in place. A withdrawn enrolment or a suspended account is "revoked" from the next request on.
import { forTenant } from "@/lib/db";
import type { DeviceGrantClaims } from "./device-grant";

export function grantHolds(claims: DeviceGrantClaims): Promise<boolean> {
  return forTenant({ tenantId: claims.tenantId, audience: claims.audience }, async (tx) => {
    const [learner, enrolment] = await Promise.all([
      tx.user.findFirst({ where: { id: claims.userId, status: "ACTIVE" }, select: { id: true } }),
      tx.enrolment.findFirst({
        where: { id: claims.enrolmentId, userId: claims.userId, courseId: claims.courseId },
        select: { id: true },
      }),
    ]);
    return !!learner && !!enrolment;
  });
}
