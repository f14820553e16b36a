// Whose e-mail it is: the recipient's site's name, colours and logo, read in the queueing transaction (Tenant and
// its logo are public branding, readable under any tenant scope). An administration without a space sends as the
// root site, with its own name beside the platform's; the Academy sends as the Academy.
import { homeSiteUrl } from "@/lib/accounts/account-links";
import type { PlatformTx, TenantTx } from "@/lib/db";
import { PLATFORM_COLORS } from "@/lib/tenancy/platform-colors";

export interface EmailBrand {
  /** The administration's or the Academy's name beside the platform's; null on the root site. */
  siteName: string | null;
  /** The recipient's home site, with no trailing slash: every link of the message is absolute. */
  siteUrl: string;
  primaryColor: string;
  accentColor: string;
  /** An absolute address of the site's logo, versioned; null when the site has none. */
  logoUrl: string | null;
}

const HEX = /^#[0-9a-f]{6}$/i;

export async function readEmailBrand(tx: PlatformTx | TenantTx, tenantId: string): Promise<EmailBrand> {
  const tenant = await (tx as PlatformTx).tenant.findUnique({
    where: { id: tenantId },
    select: {
      kind: true,
      slug: true,
      spaceEnabled: true,
      name: true,
      displayName: true,
      primaryColor: true,
      accentColor: true,
      logo: { select: { updatedAt: true } },
    },
  });
  if (!tenant)
    return {
      siteName: null,
      siteUrl: homeSiteUrl({ kind: "WCO", slug: "wco", spaceEnabled: true }, ""),
      ...platformLook(),
    };
  const siteUrl = homeSiteUrl(tenant, "");
  const ownSite = tenant.kind === "ACADEMY" || (tenant.kind === "ADMINISTRATION" && tenant.spaceEnabled);
  return {
    siteName: tenant.kind === "WCO" ? null : (tenant.displayName ?? tenant.name),
    siteUrl,
    primaryColor:
      ownSite && tenant.primaryColor && HEX.test(tenant.primaryColor) ? tenant.primaryColor : PLATFORM_COLORS.primary,
    accentColor:
      ownSite && tenant.accentColor && HEX.test(tenant.accentColor) ? tenant.accentColor : PLATFORM_COLORS.accent,
    logoUrl: ownSite && tenant.logo ? `${siteUrl}/api/site/logo?v=${tenant.logo.updatedAt.getTime()}` : null,
  };
}

const platformLook = () => ({
  primaryColor: PLATFORM_COLORS.primary,
  accentColor: PLATFORM_COLORS.accent,
  logoUrl: null,
});
