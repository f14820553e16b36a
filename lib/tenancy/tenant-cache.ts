// Tenant lookups by slug, cached in memory because every request needs one. Entries expire after a minute;
// the console calls forgetTenant() when it changes a tenant, so every server process sees the change at once.
import { announceChange, registerCache, registry, type TenantKind, type WcoRegion } from "@/lib/db";

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

const TTL_MS = 60_000;
const entries = new Map<string, { value: TenantSummary | null; expires: number }>();
// Counts forgets: a read that overlapped one may hold the tenant from before the change, and is not kept.
let changes = 0;

function summary({ logo, ...tenant }: Omit<TenantSummary, "logoVersion"> & { logo: { updatedAt: Date } | null }): TenantSummary {
  return { ...tenant, logoVersion: logo ? logo.updatedAt.getTime() : null };
}

export async function tenantBySlug(slug: string): Promise<TenantSummary | null> {
  const hit = entries.get(slug);
  if (hit && hit.expires > Date.now()) return hit.value;
  const seen = changes;
  const row = await registry.tenant().findUnique({
    where: { slug },
    select: {
      id: true, slug: true, kind: true, name: true, displayName: true, countryCode: true, region: true, spaceEnabled: true, primaryColor: true, accentColor: true, defaultLocale: true,
      logo: { select: { updatedAt: true } },
    },
  });
  const value = row ? summary(row) : null;
  if (seen === changes) entries.set(slug, { value, expires: Date.now() + TTL_MS });
  return value;
}

registerCache("tenant", (slug) => {
  changes++;
  if (slug) entries.delete(slug);
  else entries.clear();
});

/** Forgets one tenant (or all of them) in every server process. */
export function forgetTenant(slug?: string): Promise<void> {
  return announceChange("tenant", slug);
}
