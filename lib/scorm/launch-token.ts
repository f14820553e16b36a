// Launch tokens for the content origin: they name the package whose files may be read, the learner's attempt
// the runtime commits to (with the tenant and audience it was launched in) and the platform origin the player
// talks to, and expire. Signed with the platform's secret (HMAC-SHA256); the content
// origin holds no session, so a package never sees the platform's cookies.
import { issueSignedToken, verifySignedToken } from "@/lib/signed-token";

// The token's own life caps a launch at a working day; its attempt's lease (lease-attempt.ts) is what keeps it
// short-lived in practice.
export const LAUNCH_TOKEN_SECONDS = 8 * 60 * 60;

export interface LaunchClaims {
  /** Content store key of the package. */
  key: string;
  /** The platform origin (scheme, host, port) of the player page that frames the content. */
  origin: string;
  /** The learner's attempt the runtime commits to, the learner, and the tenant context of the launch. */
  attemptId: string;
  userId: string;
  tenantId: string;
  audience: "CUSTOMS" | "PUBLIC";
  /** A review of an attempt that is over: mode "review", credit "no-credit", nothing committed is recorded. */
  review?: boolean;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

export function issueLaunchToken(claims: Omit<LaunchClaims, "exp">, now = Date.now()): string {
  return issueSignedToken("scorm-launch", claims, LAUNCH_TOKEN_SECONDS, now);
}

/** The token's claims when its signature holds and it has not expired; otherwise null. */
export function verifyLaunchToken(token: string, now = Date.now()): LaunchClaims | null {
  const claims = verifySignedToken("scorm-launch", token, now);
  return claims &&
    typeof claims.key === "string" &&
    typeof claims.origin === "string" &&
    typeof claims.attemptId === "string"
    ? (claims as unknown as LaunchClaims)
    : null;
}
