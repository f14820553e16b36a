import { forTenant, type TenantContext } from "@/lib/db";

/** Deletes one of the learner's saved searches (another's: nothing happens). */
export async function deleteSavedSearch(ctx: TenantContext, userId: string, id: string): Promise<void> {
  await forTenant(ctx, (tx) => tx.savedSearch.deleteMany({ where: { id, userId } }));
}
