// The viewer edits their own profile; the preferred language applies at once and to e-mails.
import { forTenant, type TenantContext } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { fieldMessages } from "@/lib/field-messages";
import { profileSchema } from "./schemas";

export async function updateProfile(ctx: TenantContext, userId: string, raw: Record<string, unknown>) {
  const parsed = profileSchema.safeParse(raw);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  await forTenant(ctx, (tx) => tx.user.update({ where: { id: userId }, data: parsed.data }));
  return parsed.data;
}
