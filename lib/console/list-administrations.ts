// The WCO console's view of the 186 Member administrations: search by name or ISO code, paged.
import { holds } from "@/lib/permissions";
import { asPlatform, type Prisma } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import type { Actor } from "./audit-log";

export const ADMINISTRATIONS_PAGE_SIZE = 25;

export interface AdministrationRow {
  countryCode: string;
  name: string;
  region: string | null;
  slug: string;
  spaceEnabled: boolean;
  displayName: string | null;
  approver: string | null;
  users: number;
}

export async function listAdministrations(actor: Actor, options: { q: string; page: number }) {
  if (!holds("console.administer", actor)) throw new NotFound();
  const q = options.q.trim().slice(0, 100);
  const where: Prisma.TenantWhereInput = {
    kind: "ADMINISTRATION",
    ...(q
      ? {
          OR: [
            { name: { contains: q, mode: "insensitive" } },
            { countryCode: { equals: q.toUpperCase() } },
            { displayName: { contains: q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  return asPlatform("WCO console: list administrations", async (tx) => {
    const total = await tx.tenant.count({ where });
    const pageCount = Math.max(1, Math.ceil(total / ADMINISTRATIONS_PAGE_SIZE));
    const page = Math.min(Math.max(1, options.page), pageCount);
    const rows = await tx.tenant.findMany({
      where,
      orderBy: { name: "asc" },
      skip: (page - 1) * ADMINISTRATIONS_PAGE_SIZE,
      take: ADMINISTRATIONS_PAGE_SIZE,
      select: {
        countryCode: true,
        name: true,
        region: true,
        slug: true,
        spaceEnabled: true,
        displayName: true,
        approver: { select: { firstName: true, lastName: true } },
        _count: { select: { users: true } },
      },
    });
    const administrations: AdministrationRow[] = rows.map((row) => ({
      countryCode: row.countryCode ?? "",
      name: row.name,
      region: row.region,
      slug: row.slug,
      spaceEnabled: row.spaceEnabled,
      displayName: row.displayName,
      approver: row.approver ? `${row.approver.firstName} ${row.approver.lastName}` : null,
      users: row._count.users,
    }));
    return { administrations, total, page, pageCount };
  });
}
