import { forTenant, type TenantContext } from "@/lib/db";
import { NotFound } from "@/lib/errors";

/** Makes one of the learner's saved searches the view the Record of Learning opens with; null: all courses again. */
export async function setDefaultSearch(ctx: TenantContext, userId: string, id: string | null): Promise<void> {
  await forTenant(ctx, async (tx) => {
    if (id !== null && !(await tx.savedSearch.count({ where: { id, userId } }))) throw new NotFound();
    await tx.savedSearch.updateMany({ where: { userId, isDefault: true }, data: { isDefault: false } });
    if (id !== null) await tx.savedSearch.updateMany({ where: { id, userId }, data: { isDefault: true } });
  });
}
