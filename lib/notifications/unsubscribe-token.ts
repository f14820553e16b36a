// The one-click unsubscribe address of a message (RFC 8058): a signed token naming the recipient's tenant, their
// address and the kind to turn off, so a mail client may post it without a session. A token changed in any part
// fails its signature; it names one kind only, and never an account e-mail's.
import { issueSignedToken, verifySignedToken } from "@/lib/signed-token";
import { isEmailKind, type EmailKind } from "./email-kinds";

const PURPOSE = "unsubscribe";
/** Long enough for an old message in an inbox; a preference can always be changed on the Preferences page. */
const VALID_SECONDS = 2 * 365 * 24 * 3600;

export interface UnsubscribeClaims {
  tenantId: string;
  address: string;
  kind: EmailKind;
}

export function unsubscribeToken(claims: UnsubscribeClaims, now = Date.now()): string {
  return issueSignedToken(
    PURPOSE,
    { t: claims.tenantId, a: claims.address.toLowerCase(), k: claims.kind },
    VALID_SECONDS,
    now,
  );
}

/** The token's claims, or null when it is not one of ours, was changed or has expired. */
export function readUnsubscribeToken(token: string, now = Date.now()): UnsubscribeClaims | null {
  const claims = verifySignedToken(PURPOSE, token, now);
  if (!claims) return null;
  const { t, a, k } = claims;
  if (typeof t !== "string" || typeof a !== "string" || typeof k !== "string" || !isEmailKind(k)) return null;
  return { tenantId: t, address: a, kind: k };
}

/** The address written in List-Unsubscribe and in the footer: POST turns the kind off, GET asks first. */
export const unsubscribeUrl = (siteUrl: string, token: string) => `${siteUrl}/api/unsubscribe/${token}`;
