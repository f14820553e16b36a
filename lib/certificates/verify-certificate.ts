// The public verification page's answer for a code: the status, the holder's name, the course and the dates,
// and nothing else about the learner. Unknown and malformed codes are the same NotFound.
import { asPlatform } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { normaliseCertificateCode } from "./certificate-code";
import { certificateStatus, type CertificateStatus } from "./certificate-status";

export interface Verification {
  code: string;
  status: CertificateStatus;
  holderName: string;
  courseTitle: string;
  issuedAt: Date;
  expiresAt: Date | null;
  /** Who may revoke it: the WCO, and for an administration's own course, that administration. */
  issuerTenantId: string | null;
}

export async function verifyCertificate(input: string): Promise<Verification> {
  const code = normaliseCertificateCode(input);
  if (!code) throw new NotFound();
  const row = await asPlatform("public certificate verification", (tx) =>
    tx.certificate.findUnique({
      where: { code },
      select: {
        code: true,
        holderName: true,
        courseTitle: true,
        issuedAt: true,
        expiresAt: true,
        revokedAt: true,
        replacedAt: true,
        issuerTenantId: true,
      },
    }),
  );
  if (!row) throw new NotFound();
  const { revokedAt, replacedAt, ...shown } = row;
  return { ...shown, status: certificateStatus({ revokedAt, replacedAt, expiresAt: row.expiresAt }) };
}
