// Sites and contexts for tests, built from the seeded tenants the way the platform builds them from hosts.
import { forgetTenant } from "@/lib/tenancy/tenant-cache";
import { siteForAddress, type Site } from "@/lib/tenancy/site";

export async function siteFor(host: "root" | "academy" | string): Promise<Site> {
  await forgetTenant();
  const address =
    host === "root"
      ? { kind: "root" as const }
      : host === "academy"
        ? { kind: "academy" as const }
        : { kind: "tenant" as const, slug: host };
  const site = await siteForAddress(address);
  if (!site) throw new Error(`No site for ${host}`);
  return site;
}
