// What a certificate says today: a revocation outweighs everything, then a newer certificate of the same
// course, then the expiry date.
export type CertificateStatus = "VALID" | "EXPIRED" | "REVOKED" | "REPLACED";

export interface CertificateDates {
  revokedAt: Date | null;
  replacedAt: Date | null;
  expiresAt: Date | null;
}

export function certificateStatus(certificate: CertificateDates, now = new Date()): CertificateStatus {
  if (certificate.revokedAt) return "REVOKED";
  if (certificate.replacedAt) return "REPLACED";
  if (certificate.expiresAt && certificate.expiresAt <= now) return "EXPIRED";
  return "VALID";
}

/** Learners may recertify from this long before their certificate expires. */
export const RECERTIFICATION_WINDOW_DAYS = 90;

export function mayRecertify(certificate: CertificateDates, now = new Date()): boolean {
  if (certificate.revokedAt || certificate.replacedAt || !certificate.expiresAt) return false;
  return certificate.expiresAt.getTime() - now.getTime() <= RECERTIFICATION_WINDOW_DAYS * 86_400_000;
}
