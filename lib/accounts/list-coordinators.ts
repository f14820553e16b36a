// The public list of National Coordinators: each administration with the name of the coordinator who approves its
// registrations, or the WCO Secretariat where it has none. Names only, never an e-mail address. On a space, that
// administration alone.
import { asPlatform } from "@/lib/db";
import type { Site } from "@/lib/tenancy/site";

export interface AdministrationCoordinator {
  administration: string;
  /** null: the WCO Secretariat approves its registrations. */
  coordinator: string | null;
}

export async function listCoordinators(site: Site): Promise<AdministrationCoordinator[]> {
  const tenants = await asPlatform("public list of National Coordinators (names only)", (db) =>
    db.tenant.findMany({
      where: { kind: "ADMINISTRATION", ...(site.kind === "tenant" ? { id: site.tenant.id } : {}) },
      orderBy: { name: "asc" },
      select: { name: true, approver: { select: { firstName: true, lastName: true, status: true } } },
    }),
  );
  return tenants.map((t) => ({
    administration: t.name,
    coordinator: t.approver && t.approver.status === "ACTIVE" ? `${t.approver.firstName} ${t.approver.lastName}` : null,
  }));
}
