// Reads the session cookie without Auth.js's session round trip, which re-encrypts a fresh token on every
// call (a new key, a new IV) although pages and route handlers never send it back. A token's content never
// changes, so each decrypted token is remembered until it expires: a signed-in user's later requests skip the
// key derivation and decryption. Whether the account may still use the session is checked by loadViewer.
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";

export const SESSION_COOKIE = "clikc.session";
const MAX_ENTRIES = 10_000;

interface SessionClaims {
  userId: string;
  sessionVersion: number | undefined;
  /** Seconds since the epoch. */
  expires: number;
}

const decoded = new Map<string, SessionClaims | null>();

async function decodeToken(token: string): Promise<SessionClaims | null> {
  const secret = process.env.AUTH_SECRET;
  if (!secret) return null;
  const payload = await decode({ token, secret, salt: SESSION_COOKIE }).catch(() => null);
  if (!payload?.sub || typeof payload.exp !== "number") return null;
  return {
    userId: payload.sub,
    sessionVersion: typeof payload.sv === "number" ? payload.sv : undefined,
    expires: payload.exp,
  };
}

/** The user id and session version the request's cookie names, or null (no cookie, forged, or expired). */
export async function readSessionToken(): Promise<Pick<SessionClaims, "userId" | "sessionVersion"> | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) return null;
  let claims = decoded.get(token);
  if (claims === undefined) {
    claims = await decodeToken(token);
    if (decoded.size >= MAX_ENTRIES) decoded.delete(decoded.keys().next().value as string);
    decoded.set(token, claims);
  }
  if (!claims || claims.expires * 1000 <= Date.now()) return null;
  return { userId: claims.userId, sessionVersion: claims.sessionVersion };
}
