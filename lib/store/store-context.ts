// Store data (products, orders, seats) belongs to the Academy tenant.
import type { TenantContext } from "@/lib/db";
import { tenantBySlug } from "@/lib/tenancy/tenant-cache";

export async function academyTenantId(): Promise<string> {
  const tenant = await tenantBySlug("academy");
  if (!tenant || tenant.kind !== "ACADEMY") throw new Error("The Academy tenant is missing.");
  return tenant.id;
}

/** The Academy's data-layer context for store data (products, orders, seats), without course access limits. */
export async function storeContext(): Promise<TenantContext> {
  return { tenantId: await academyTenantId(), audience: "PUBLIC" };
}
