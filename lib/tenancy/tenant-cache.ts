// Tenant lookups by slug, cached in memory because every request needs one. Entries expire after a minute;
// the console calls forgetTenant() when it changes a tenant, so every server process sees the change at once.
import { announceChange, registry, sharedCache, type TenantKind, type WcoRegion } from "@/lib/db";

export interface TenantSummary {
  id: string;
  slug: string;
  kind: TenantKind;
  name: string;
  displayName: string | null;
  countryCode: string | null;
  region: WcoRegion | null;
  spaceEnabled: boolean;
  primaryColor: string | null;
  accentColor: string | null;
  defaultLocale: string;
  /** When the logo last changed (its URL's version), or null without a logo. */
  logoVersion: number | null;
}

const tenants = sharedCache<TenantSummary | null>("tenant", { ttlMs: 60_000, maxEntries: 1_000 });

function summary({
  logo,
  ...tenant
}: Omit<TenantSummary, "logoVersion"> & { logo: { updatedAt: Date } | null }): TenantSummary {
  return { ...tenant, logoVersion: logo ? logo.updatedAt.getTime() : null };
}

export function tenantBySlug(slug: string): Promise<TenantSummary | null> {
  return tenants.get(slug, async () => {
    const row = await registry.tenant().findUnique({
      where: { slug },
      select: {
        id: true,
        slug: true,
        kind: true,
        name: true,
        displayName: true,
        countryCode: true,
        region: true,
        spaceEnabled: true,
        primaryColor: true,
        accentColor: true,
        defaultLocale: true,
        logo: { select: { updatedAt: true } },
      },
    });
    return row ? summary(row) : null;
  });
}

/** Forgets one tenant (or all of them) in every server process. */
export function forgetTenant(slug?: string): Promise<void> {
  return announceChange("tenant", slug);
}
