// "Get my certificate": the learner's own certificate as a PDF, rendered on demand from what was copied at issue.
import { forTenant, registry, type TenantContext } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { readSignature } from "@/lib/console/read-signature";
import { readTenantLogo } from "@/lib/console/read-tenant-logo";
import { renderPdf } from "@/lib/pdf/render-pdf";
import { certificateDocument } from "./certificate-document";
import { UUID } from "@/lib/ids";

export async function certificatePdf(
  ctx: TenantContext,
  learnerId: string,
  certificateId: string,
): Promise<{ pdf: Uint8Array; fileName: string }> {
  if (!UUID.test(certificateId)) throw new NotFound();
  const { certificate, issuerSignature } = await forTenant(ctx, async (tx) => {
    const found = await tx.certificate.findFirst({ where: { id: certificateId, userId: learnerId, revokedAt: null } });
    if (!found) throw new NotFound();
    const signature = found.issuerTenantId
      ? await tx.tenantSignature.findFirst({
          where: { tenantId: found.issuerTenantId },
          select: { contentType: true, data: true },
        })
      : null;
    return { certificate: found, issuerSignature: signature };
  });
  const [secretaryGeneralSignature, issuerTenant, issuerLogo] = await Promise.all([
    readSignature(),
    certificate.issuerTenantId
      ? registry
          .tenant()
          .findUnique({ where: { id: certificate.issuerTenantId }, select: { name: true, displayName: true } })
      : null,
    certificate.issuerTenantId ? readTenantLogo(certificate.issuerTenantId) : null,
  ]);
  const input = certificateDocument(certificate, {
    secretaryGeneralSignature,
    issuer: issuerTenant
      ? { name: issuerTenant.displayName ?? issuerTenant.name, logo: issuerLogo, signature: issuerSignature }
      : null,
  });
  return { pdf: await renderPdf("certificate", input), fileName: `certificate-${certificate.code}.pdf` };
}
