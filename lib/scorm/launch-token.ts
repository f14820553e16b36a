// Launch tokens for the content origin: they name the package whose files may be read, the learner's attempt
// the runtime commits to (with the tenant and audience it was launched in) and the platform origin the player
// talks to, and expire. Signed with the platform's secret (HMAC-SHA256); the content
// origin holds no session, so a package never sees the platform's cookies.
import { createHmac, timingSafeEqual } from "node:crypto";

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

function secret(): string {
  const value = process.env.AUTH_SECRET;
  if (!value) throw new Error("AUTH_SECRET is not set");
  return value;
}

const sign = (payload: string) => createHmac("sha256", `scorm-launch:${secret()}`).update(payload).digest("base64url");

export function issueLaunchToken(claims: Omit<LaunchClaims, "exp">, now = Date.now()): string {
  const payload = Buffer.from(
    JSON.stringify({ ...claims, exp: Math.floor(now / 1000) + LAUNCH_TOKEN_SECONDS }),
  ).toString("base64url");
  return `${payload}.${sign(payload)}`;
}

/** The token's claims when its signature holds and it has not expired; otherwise null. */
export function verifyLaunchToken(token: string, now = Date.now()): LaunchClaims | null {
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as LaunchClaims;
    return typeof claims.key === "string" &&
      typeof claims.origin === "string" &&
      typeof claims.attemptId === "string" &&
      claims.exp * 1000 > now
      ? claims
      : null;
  } catch {
    return null;
  }
}
