// Setting the signature image of an administration's own signatory. Audited.
import type { Author } from "@/lib/authoring/author";
import { recordAudit } from "@/lib/console/audit-log";
import { MAX_SIGNATURE_BYTES } from "@/lib/console/schemas";
import { forTenant } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { detectImageType } from "@/lib/image-type";
import { ownSpace } from "./signatory-space";

/** PNG or JPEG (what PDF documents embed), at most 512 KiB, checked by its bytes. */
export async function setSignatorySignature(author: Author, bytes: Uint8Array): Promise<void> {
  const tenantId = ownSpace(author);
  if (bytes.length === 0) throw new Invalid({ signature: "signatureMissing" });
  if (bytes.length > MAX_SIGNATURE_BYTES) throw new Invalid({ signature: "signatureTooLarge" });
  const contentType = detectImageType(bytes);
  if (contentType !== "image/png" && contentType !== "image/jpeg") throw new Invalid({ signature: "signatureType" });
  await forTenant(author.ctx, async (tx) => {
    const data = Buffer.from(bytes);
    await tx.tenantSignature.upsert({
      where: { tenantId },
      create: { tenantId, contentType, data },
      update: { contentType, data },
    });
    await recordAudit(tx, author.actor, {
      tenantId,
      action: "certificate.signature",
      targetType: "Tenant",
      targetId: tenantId,
      after: { contentType, bytes: bytes.length },
    });
  });
}
