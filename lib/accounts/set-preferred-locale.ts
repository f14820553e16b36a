import { forTenant, type TenantContext } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";

/** Stores the viewer's interface language, which then wins over cookie and browser on every device. */
export async function setPreferredLocale(
  ctx: TenantContext,
  viewer: { id: string; homeTenantId: string },
  locale: Locale,
): Promise<void> {
  // The account lives in its home tenant, which differs from the site's tenant only for WCO admins visiting a space.
  await forTenant({ ...ctx, tenantId: viewer.homeTenantId }, (db) =>
    db.user.update({ where: { id: viewer.id }, data: { locale } }),
  );
}
