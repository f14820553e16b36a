// Tokens for a module's files on the content origin (a video, its captions, a resource): like SCORM launch
// tokens (lib/scorm/launch-token.ts), signed with the platform's secret under a purpose of their own, naming
// the content store key, the module and the learner with the tenant context she was given them in, the
// platform origin that may embed them, and an expiry. The content origin holds no session.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const MEDIA_TOKEN_SECONDS = 4 * 60 * 60;

export interface MediaClaims {
  key: string;
  moduleId: string;
  userId: string;
  tenantId: string;
  audience: "CUSTOMS" | "PUBLIC";
  origin: string;
  exp: number;
}

function secret(): string {
  const value = process.env.AUTH_SECRET;
  if (!value) throw new Error("AUTH_SECRET is not set");
  return value;
}

const sign = (payload: string) => createHmac("sha256", `module-media:${secret()}`).update(payload).digest("base64url");

export function issueMediaToken(claims: Omit<MediaClaims, "exp">, now = Date.now()): string {
  const payload = Buffer.from(
    // A random id: each page view's token is its own, so the access check's cache (media-access.ts) never
    // answers for a token issued after the enrolment ended.
    JSON.stringify({
      ...claims,
      exp: Math.floor(now / 1000) + MEDIA_TOKEN_SECONDS,
      id: randomBytes(9).toString("base64url"),
    }),
  ).toString("base64url");
  return `${payload}.${sign(payload)}`;
}

export function verifyMediaToken(token: string, now = Date.now()): MediaClaims | null {
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as MediaClaims;
    return typeof claims.key === "string" && typeof claims.moduleId === "string" && claims.exp * 1000 > now
      ? claims
      : null;
  } catch {
    return null;
  }
}
