// The platform settings printed on every certificate: the Secretary General's name, whether a signature exists.
import { registry } from "@/lib/db";

export async function getPlatformSettings() {
  const settings = await registry.platformSettings().findUnique({
    where: { id: 1 },
    select: { secretaryGeneralName: true, signatureContentType: true, updatedAt: true },
  });
  return {
    secretaryGeneralName: settings?.secretaryGeneralName ?? "",
    hasSignature: Boolean(settings?.signatureContentType),
    updatedAt: settings?.updatedAt ?? null,
  };
}
