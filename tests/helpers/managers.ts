// A manager (lib/team/team-scope.ts) as the Team pages build one from the signed-in account, for use-case tests.
import type { PrismaClient } from "@/lib/db/generated/client";
import type { Manager } from "@/lib/team/team-scope";

export async function managerOf(owner: PrismaClient, username: string, locale = "en"): Promise<Manager> {
  const user = await owner.user.findUniqueOrThrow({ where: { username } });
  return {
    id: user.id,
    firstName: user.firstName,
    lastName: user.lastName,
    roles: user.roles,
    homeTenantId: user.tenantId,
    locale,
  };
}
