// Revocation with a reason, by a WCO admin (any certificate) or by the tenant admins of the administration whose
// own course it certifies. Everyone else gets NotFound. Audited in the certificate holder's tenant.
import { fieldMessages } from "@/lib/field-messages";
import type { Author } from "@/lib/authoring/author";
import { recordAudit } from "@/lib/console/audit-log";
import { asPlatform } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { normaliseCertificateCode } from "./certificate-code";
import { revocationSchema } from "./schemas";

/** Whether this author may revoke a certificate issued by `issuerTenantId` (null: a WCO course). */
export function mayRevoke(author: Author, issuerTenantId: string | null): boolean {
  return author.core || (issuerTenantId !== null && issuerTenantId === author.ctx.tenantId);
}

export async function revokeCertificate(author: Author, codeInput: string, input: unknown): Promise<void> {
  const code = normaliseCertificateCode(codeInput);
  if (!code) throw new NotFound();
  const parsed = revocationSchema.safeParse(input);
  await asPlatform("revoke a certificate", async (tx) => {
    const certificate = await tx.certificate.findUnique({
      where: { code },
      select: { id: true, tenantId: true, issuerTenantId: true, revokedAt: true },
    });
    if (!certificate || !mayRevoke(author, certificate.issuerTenantId)) throw new NotFound();
    if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
    if (certificate.revokedAt) throw new Invalid({ reason: "alreadyRevoked" });
    await tx.certificate.update({
      where: { id: certificate.id },
      data: { revokedAt: new Date(), revokedById: author.actor.id, revocationReason: parsed.data.reason },
    });
    await recordAudit(tx, author.actor, {
      tenantId: certificate.tenantId,
      action: "certificate.revoke",
      targetType: "Certificate",
      targetId: certificate.id,
      after: { code, reason: parsed.data.reason },
    });
  });
}
