// The Secretary General's signature, printed on every certificate; audited.
import { detectImageType } from "@/lib/image-type";
import { asPlatform } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { recordAudit, type Actor } from "./audit-log";
import { MAX_SIGNATURE_BYTES } from "./schemas";
import { requireWcoAdmin, wcoTenantId } from "./wco-admin";

/** The signature printed on certificates: PNG or JPEG (what PDF documents embed), at most 512 KiB. */
export async function setSignature(actor: Actor, bytes: Uint8Array): Promise<void> {
  requireWcoAdmin(actor);
  if (bytes.length === 0) throw new Invalid({ signature: "signatureMissing" });
  if (bytes.length > MAX_SIGNATURE_BYTES) throw new Invalid({ signature: "signatureTooLarge" });
  const contentType = detectImageType(bytes);
  if (contentType !== "image/png" && contentType !== "image/jpeg") throw new Invalid({ signature: "signatureType" });
  await asPlatform("WCO console: the Secretary General's signature", async (tx) => {
    const data = Buffer.from(bytes);
    await tx.platformSettings.upsert({
      where: { id: 1 },
      create: { id: 1, signatureContentType: contentType, signature: data },
      update: { signatureContentType: contentType, signature: data },
    });
    await recordAudit(tx, actor, {
      tenantId: await wcoTenantId(tx),
      action: "settings.secretaryGeneral.signature",
      targetType: "PlatformSettings",
      after: { contentType, bytes: bytes.length },
    });
  });
}
