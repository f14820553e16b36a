// Guest launch tokens for the content origin (ADR 0042): like launch tokens (launch-token.ts), signed with the
// platform's secret, under a purpose of their own, so a guest's token never reaches a learner's attempt, its
// commits or its lease. They name the package's files and the SCO shown, the tenant context of the launch and
// the platform origin that may frame it; nothing else.
import { issueSignedToken, verifySignedToken } from "@/lib/signed-token";
import { LAUNCH_TOKEN_SECONDS } from "./launch-token";

export interface GuestLaunchClaims {
  key: string;
  origin: string;
  packageId: string;
  position: number;
  tenantId: string;
  audience: "CUSTOMS" | "PUBLIC";
  exp: number;
}

export function issueGuestToken(claims: Omit<GuestLaunchClaims, "exp">, now = Date.now()): string {
  return issueSignedToken("scorm-guest", claims, LAUNCH_TOKEN_SECONDS, now);
}

export function verifyGuestToken(token: string, now = Date.now()): GuestLaunchClaims | null {
  const claims = verifySignedToken("scorm-guest", token, now);
  return claims &&
    typeof claims.key === "string" &&
    typeof claims.origin === "string" &&
    typeof claims.packageId === "string" &&
    typeof claims.position === "number"
    ? (claims as unknown as GuestLaunchClaims)
    : null;
}
