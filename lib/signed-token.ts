// Tokens that carry their own claims for the content origin (SCORM launches, module files): the claims as
// base64url JSON with an expiry, signed with the platform's secret (HMAC-SHA256) under a purpose of their own,
// so a token of one kind is never accepted as another. The content origin holds no session.
import { createHmac, timingSafeEqual } from "node:crypto";

function secret(): string {
  const value = process.env.AUTH_SECRET;
  if (!value) throw new Error("AUTH_SECRET is not set");
  return value;
}

const sign = (purpose: string, payload: string) =>
  createHmac("sha256", `${purpose}:${secret()}`).update(payload).digest("base64url");

/** A token for `claims`, valid for `seconds`; `exp` (seconds since the epoch) is added. */
export function issueSignedToken(purpose: string, claims: object, seconds: number, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ ...claims, exp: Math.floor(now / 1000) + seconds })).toString(
    "base64url",
  );
  return `${payload}.${sign(purpose, payload)}`;
}

/** The token's claims when its signature holds and it has not expired; otherwise null. */
export function verifySignedToken(purpose: string, token: string, now = Date.now()): Record<string, unknown> | null {
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(purpose, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, unknown>;
    return typeof claims.exp === "number" && claims.exp * 1000 > now ? claims : null;
  } catch {
    return null;
  }
}
