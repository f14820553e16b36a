// Tokens for a module's files on the content origin (a video, its captions, a resource): like SCORM launch
// tokens (lib/scorm/launch-token.ts), signed with the platform's secret under a purpose of their own, naming
// the content store key, the module and the learner with the tenant context she was given them in, the
// platform origin that may embed them, and an expiry. The content origin holds no session.
import { randomBytes } from "node:crypto";
import { issueSignedToken, verifySignedToken } from "@/lib/signed-token";

export const MEDIA_TOKEN_SECONDS = 4 * 60 * 60;

export interface MediaClaims {
  key: string;
  moduleId: string;
  userId: string;
  tenantId: string;
  audience: "CUSTOMS" | "PUBLIC";
  /** A guest's token (no user): valid while the module's course is open to guests (ADR 0042). */
  guest?: boolean;
  origin: string;
  exp: number;
}

export function issueMediaToken(claims: Omit<MediaClaims, "exp">, now = Date.now()): string {
  // A random id: each page view's token is its own, so the access check's cache (media-access.ts) never
  // answers for a token issued after the enrolment ended.
  return issueSignedToken(
    "module-media",
    { ...claims, id: randomBytes(9).toString("base64url") },
    MEDIA_TOKEN_SECONDS,
    now,
  );
}

export function verifyMediaToken(token: string, now = Date.now()): MediaClaims | null {
  const claims = verifySignedToken("module-media", token, now);
  return claims && typeof claims.key === "string" && typeof claims.moduleId === "string"
    ? (claims as unknown as MediaClaims)
    : null;
}
