import { forTenant, type TenantContext } from "@/lib/db";
import { NotFound } from "@/lib/errors";

/** Deletes one of the learner's saved searches; another's is not found and stays. */
export async function deleteSavedSearch(ctx: TenantContext, userId: string, id: string): Promise<void> {
  const deleted = await forTenant(ctx, (tx) => tx.savedSearch.deleteMany({ where: { id, userId } }));
  if (deleted.count === 0) throw new NotFound();
}
