import { forTenant, type TenantContext } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { fieldMessages } from "@/lib/field-messages";
import { savedSearchNameSchema } from "./schemas";

/** Renames one of the learner's saved searches; a name another of theirs has is refused, another's search is not found. */
export async function renameSavedSearch(
  ctx: TenantContext,
  userId: string,
  id: string,
  input: { name: string },
): Promise<void> {
  const parsed = savedSearchNameSchema.safeParse(input);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  const { name } = parsed.data;
  await forTenant(ctx, async (tx) => {
    const search = await tx.savedSearch.findFirst({ where: { id, userId }, select: { id: true } });
    if (!search) throw new NotFound();
    if (await tx.savedSearch.count({ where: { userId, name, id: { not: id } } }))
      throw new Invalid({ name: "nameTaken" });
    await tx.savedSearch.update({ where: { id }, data: { name } });
  });
}
