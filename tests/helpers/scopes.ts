// Visibility scopes as the platform builds them for a request, for use-case tests.
import type { PrismaClient } from "@/lib/db/generated/client";
import type { VisibilityScope } from "@/lib/auth/visibility-scope";

export async function scopeOfUser(
  owner: PrismaClient,
  username: string,
  site?: string,
): Promise<VisibilityScope & { userId: string; homeTenantId: string }> {
  const user = await owner.user.findUniqueOrThrow({ where: { username }, include: { tenant: true } });
  const siteTenant = site ? await owner.tenant.findUniqueOrThrow({ where: { slug: site } }) : null;
  const customs = user.tenant.kind !== "ACADEMY";
  return {
    ctx: {
      tenantId: siteTenant && siteTenant.kind === "ADMINISTRATION" ? siteTenant.id : user.tenantId,
      audience: customs ? "CUSTOMS" : "PUBLIC",
    },
    signedIn: true,
    region: user.tenant.region,
    countryCode: user.tenant.countryCode,
    userId: user.id,
    homeTenantId: user.tenantId,
  };
}

export async function anonymousScope(owner: PrismaClient, site: string): Promise<VisibilityScope> {
  const tenant = await owner.tenant.findUniqueOrThrow({ where: { slug: site } });
  return {
    ctx: { tenantId: tenant.id, audience: "PUBLIC" },
    signedIn: false,
    region: tenant.region,
    countryCode: tenant.countryCode,
  };
}
