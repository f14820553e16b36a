// What the platform settings' use cases share: only a WCO admin changes them, and their audit entries belong
// to the WCO tenant.
import { holds } from "@/lib/permissions";
import type { PlatformTx } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { ROOT_SITE_SLUG } from "@/lib/tenancy/host";
import type { Actor } from "./audit-log";

export function requireWcoAdmin(actor: Actor) {
  if (!holds("console.administer", actor)) throw new NotFound();
}

export async function wcoTenantId(tx: PlatformTx): Promise<string> {
  return (await tx.tenant.findUniqueOrThrow({ where: { slug: ROOT_SITE_SLUG }, select: { id: true } })).id;
}
