// One Member administration in the WCO console, by its ISO country code.
import { holds } from "@/lib/permissions";
import { asPlatform } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import type { Actor } from "./audit-log";

/** One administration's space settings, for the console's edit form. */
export async function getAdministration(actor: Actor, countryCode: string) {
  if (!holds("console.administer", actor)) throw new NotFound();
  const tenant = await asPlatform("WCO console: read an administration", (tx) =>
    tx.tenant.findFirst({
      where: { kind: "ADMINISTRATION", countryCode: countryCode.toUpperCase() },
      select: {
        id: true,
        countryCode: true,
        name: true,
        slug: true,
        spaceEnabled: true,
        displayName: true,
        primaryColor: true,
        accentColor: true,
        defaultLocale: true,
        logo: { select: { updatedAt: true } },
        approver: { select: { username: true, firstName: true, lastName: true } },
        users: {
          where: { roles: { has: "TENANT_ADMIN" } },
          select: { username: true, firstName: true, lastName: true },
          orderBy: { username: "asc" },
        },
      },
    }),
  );
  if (!tenant) throw new NotFound();
  return { ...tenant, tenantAdmins: tenant.users, hasLogo: tenant.logo !== null };
}
