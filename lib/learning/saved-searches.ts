// Searches of the record of learning that a learner names and keeps.
import { forTenant, type TenantContext, type TenantTx } from "@/lib/db";
import { Invalid } from "@/lib/errors";

export const MAX_SAVED_SEARCHES = 20;

export async function listSavedSearches(ctx: TenantContext, userId: string) {
  return forTenant(ctx, (tx) => readSavedSearches(tx, userId));
}

/** listSavedSearches() within a transaction of the caller (a page that reads more in the same one). */
export async function readSavedSearches(tx: TenantTx, userId: string) {
  return tx.savedSearch.findMany({
    where: { userId },
    orderBy: { name: "asc" },
    select: { id: true, name: true, query: true },
  });
}

/** Saves (or replaces, by name) a search; names and queries are trimmed and bounded. */
export async function saveSearch(
  ctx: TenantContext,
  userId: string,
  input: { name: string; query: string },
): Promise<void> {
  const name = input.name.trim().slice(0, 80);
  const query = input.query.trim().slice(0, 200);
  if (!name) throw new Invalid({ name: "required" });
  await forTenant(ctx, async (tx) => {
    const existing = await tx.savedSearch.findFirst({ where: { userId, name } });
    if (existing) return tx.savedSearch.update({ where: { id: existing.id }, data: { query } });
    if ((await tx.savedSearch.count({ where: { userId } })) >= MAX_SAVED_SEARCHES)
      throw new Invalid({ name: "tooManySearches" });
    return tx.savedSearch.create({ data: { tenantId: ctx.tenantId, userId, name, query } });
  });
}

export async function deleteSavedSearch(ctx: TenantContext, userId: string, id: string): Promise<void> {
  await forTenant(ctx, (tx) => tx.savedSearch.deleteMany({ where: { id, userId } }));
}
