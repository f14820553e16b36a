// Device grants for courses downloaded for offline use (ADR 0051): like launch tokens (lib/scorm/launch-token.ts),
// signed with the platform's secret under a purpose of their own, naming the learner, her enrolment, the course, the
// device that asked and the tenant context she downloaded it in. The content origin holds no cookie.
import { issueSignedToken, verifySignedToken } from "@/lib/signed-token";

/** A download authorises the device for 30 days; the device asks again for a new grant before then. */
export const DEVICE_GRANT_SECONDS = 30 * 24 * 60 * 60;

export interface DeviceGrantClaims {
  userId: string;
  enrolmentId: string;
  courseId: string;
  /** Drawn by the device (the content origin's storage): one grant per device and enrolment. */
  deviceId: string;
  tenantId: string;
  audience: "CUSTOMS" | "PUBLIC";
  /** The platform origin that asked for it: the only one that may frame its files. */
  origin: string;
  exp: number;
}

export function issueDeviceGrant(claims: Omit<DeviceGrantClaims, "exp">, now = Date.now()): string {
  return issueSignedToken("offline-device", claims, DEVICE_GRANT_SECONDS, now);
}

/** The grant's claims when its signature holds and it has not expired; otherwise null. */
export function verifyDeviceGrant(token: string, now = Date.now()): DeviceGrantClaims | null {
  const claims = verifySignedToken("offline-device", token, now);
  return claims && typeof claims.enrolmentId === "string" && typeof claims.courseId === "string"
    ? (claims as unknown as DeviceGrantClaims)
    : null;
}
