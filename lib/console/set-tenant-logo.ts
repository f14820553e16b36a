// An administration's logo, shown in its space's header and on the certificates it issues; audited.
import { holds } from "@/lib/permissions";
import { detectImageType } from "@/lib/image-type";
import { asPlatform } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { forgetTenant } from "@/lib/tenancy/tenant-cache";
import { recordAudit, type Actor } from "./audit-log";
import { MAX_LOGO_BYTES } from "./schemas";

/** Replaces the administration's logo (PNG, JPEG or WebP by its bytes, at most 512 KiB). */
export async function setTenantLogo(actor: Actor, countryCode: string, bytes: Uint8Array): Promise<void> {
  if (!holds("console.administer", actor)) throw new NotFound();
  if (bytes.length === 0) throw new Invalid({ logo: "logoMissing" });
  if (bytes.length > MAX_LOGO_BYTES) throw new Invalid({ logo: "logoTooLarge" });
  const contentType = detectImageType(bytes);
  if (!contentType) throw new Invalid({ logo: "logoType" });
  const slug = await asPlatform("WCO console: replace an administration's logo", async (tx) => {
    const tenant = await tx.tenant.findFirst({
      where: { kind: "ADMINISTRATION", countryCode: countryCode.toUpperCase() },
      select: { id: true, slug: true },
    });
    if (!tenant) throw new NotFound();
    const data = Buffer.from(bytes);
    await tx.tenantLogo.upsert({
      where: { tenantId: tenant.id },
      create: { tenantId: tenant.id, contentType, data },
      update: { contentType, data },
    });
    await recordAudit(tx, actor, {
      tenantId: tenant.id,
      action: "tenant.logo.replace",
      targetType: "Tenant",
      targetId: tenant.id,
      after: { contentType, bytes: bytes.length },
    });
    return tenant.slug;
  });
  await forgetTenant(slug);
}
