// The WCO console's user search across every tenant, paged.
import { holds } from "@/lib/permissions";
import { asPlatform, type Prisma } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import type { Actor } from "./audit-log";

export const USERS_PAGE_SIZE = 25;

export async function searchUsers(actor: Actor, options: { q: string; page: number }) {
  if (!holds("console.administer", actor)) throw new NotFound();
  const q = options.q.trim().slice(0, 100);
  const words = q.split(/\s+/).filter(Boolean);
  // Every word must match the username, e-mail, first or last name (so "Amina Wanjiru" finds her).
  const where: Prisma.UserWhereInput = {
    AND: words.map((word) => ({
      OR: [
        { username: { contains: word, mode: "insensitive" } },
        { email: { contains: word, mode: "insensitive" } },
        { firstName: { contains: word, mode: "insensitive" } },
        { lastName: { contains: word, mode: "insensitive" } },
      ],
    })),
  };
  return asPlatform("WCO console: search users across tenants", async (tx) => {
    const total = await tx.user.count({ where });
    const pageCount = Math.max(1, Math.ceil(total / USERS_PAGE_SIZE));
    const page = Math.min(Math.max(1, options.page), pageCount);
    const users = await tx.user.findMany({
      where,
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { username: "asc" }],
      skip: (page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: {
        id: true,
        username: true,
        email: true,
        firstName: true,
        lastName: true,
        roles: true,
        status: true,
        lastLoginAt: true,
        tenant: { select: { name: true, kind: true } },
      },
    });
    return { users, total, page, pageCount };
  });
}
