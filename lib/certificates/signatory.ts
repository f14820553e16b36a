// An administration's own signatory, printed beside the Secretary General on the certificates of its own courses:
// a name, a title and a signature image, set by its tenant admins on its space. Audited.
import { fieldMessages } from "@/lib/field-messages";
import { detectImageType } from "@/lib/image-type";
import type { Author } from "@/lib/authoring/author";
import { recordAudit } from "@/lib/console/audit-log";
import { MAX_SIGNATURE_BYTES } from "@/lib/console/schemas";
import { forTenant, registry } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { signatorySchema } from "./schemas";

function ownSpace(author: Author): string {
  if (author.core) throw new NotFound();
  return author.ctx.tenantId;
}

export async function readSignatory(author: Author) {
  const tenantId = ownSpace(author);
  const [tenant, signature] = await Promise.all([
    registry
      .tenant()
      .findUniqueOrThrow({ where: { id: tenantId }, select: { signatoryName: true, signatoryTitle: true } }),
    forTenant(author.ctx, (tx) => tx.tenantSignature.findFirst({ where: { tenantId }, select: { updatedAt: true } })),
  ]);
  return {
    signatoryName: tenant.signatoryName ?? "",
    signatoryTitle: tenant.signatoryTitle ?? "",
    hasSignature: signature !== null,
  };
}

export async function setSignatory(author: Author, input: unknown): Promise<void> {
  const tenantId = ownSpace(author);
  const parsed = signatorySchema.safeParse(input);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  await forTenant(author.ctx, async (tx) => {
    const before = await tx.tenant.findUniqueOrThrow({
      where: { id: tenantId },
      select: { signatoryName: true, signatoryTitle: true },
    });
    await tx.tenant.update({ where: { id: tenantId }, data: parsed.data });
    await recordAudit(tx, author.actor, {
      tenantId,
      action: "certificate.signatory",
      targetType: "Tenant",
      targetId: tenantId,
      before,
      after: parsed.data,
    });
  });
}

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
