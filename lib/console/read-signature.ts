import { registry } from "@/lib/db";

/** The Secretary General's signature image for certificates, or null when none was uploaded. */
export async function readSignature(): Promise<{ contentType: string; data: Uint8Array } | null> {
  const row = await registry
    .platformSettings()
    .findUnique({ where: { id: 1 }, select: { signatureContentType: true, signature: true } });
  return row?.signatureContentType && row.signature
    ? { contentType: row.signatureContentType, data: row.signature }
    : null;
}
