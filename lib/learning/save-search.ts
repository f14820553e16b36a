import { forTenant, type TenantContext } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { MAX_SAVED_SEARCHES } from "./saved-searches";

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
