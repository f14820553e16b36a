import { holds } from "@/lib/permissions";
import { asPlatform, type Role } from "@/lib/db";
import { Forbidden } from "@/lib/errors";

/** Every administration with its approving coordinator, for the WCO console. */
export async function listApprovers(actor: { roles: readonly Role[] }) {
  if (!holds("console.administer", actor)) throw new Forbidden();
  return asPlatform("WCO console: list approving coordinators", (tx) =>
    tx.tenant.findMany({
      where: { kind: "ADMINISTRATION" },
      orderBy: { name: "asc" },
      select: {
        countryCode: true,
        name: true,
        approver: { select: { username: true, firstName: true, lastName: true, status: true } },
      },
    }),
  );
}
