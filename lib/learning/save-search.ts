import { forTenant, type TenantContext } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { fieldMessages } from "@/lib/field-messages";
import { MAX_SAVED_SEARCHES } from "./saved-searches";
import { savedSearchSchema } from "./schemas";

/** Saves (or replaces, by name) a search; names and queries are trimmed and bounded. */
export async function saveSearch(
  ctx: TenantContext,
  userId: string,
  input: { name: string; query: string },
): Promise<void> {
  const parsed = savedSearchSchema.safeParse({ name: input.name, query: input.query.slice(0, 200) });
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  const { name, query } = parsed.data;
  await forTenant(ctx, async (tx) => {
    const existing = await tx.savedSearch.findFirst({ where: { userId, name } });
    if (existing) return tx.savedSearch.update({ where: { id: existing.id }, data: { query } });
    if ((await tx.savedSearch.count({ where: { userId } })) >= MAX_SAVED_SEARCHES)
      throw new Invalid({ name: "tooManySearches" });
    return tx.savedSearch.create({ data: { tenantId: ctx.tenantId, userId, name, query } });
  });
}
