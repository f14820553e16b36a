import { registry } from "@/lib/db";

/** The logo a site shows (public branding), or null. */
export async function readTenantLogo(
  tenantId: string,
): Promise<{ contentType: string; data: Uint8Array; updatedAt: Date } | null> {
  return registry
    .tenantLogo()
    .findUnique({ where: { tenantId }, select: { contentType: true, data: true, updatedAt: true } });
}
