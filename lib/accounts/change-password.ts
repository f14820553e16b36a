// A new password from the profile, given the current one.
import { verifyPassword } from "@/lib/auth/password";
import { forTenant, type TenantContext } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { accountSelect, storeNewPassword, validateNewPassword } from "./new-password";
import { changePasswordSchema } from "./schemas";

export async function changePassword(
  ctx: TenantContext,
  userId: string,
  raw: { currentPassword: string; password: string; confirmation: string },
): Promise<void> {
  const user = await forTenant(ctx, (tx) => tx.user.findUnique({ where: { id: userId }, select: accountSelect }));
  if (!user) throw new Invalid({ form: "required" });
  const parsed = changePasswordSchema.safeParse(raw);
  if (parsed.success && !(await verifyPassword(user.passwordHash, raw.currentPassword)))
    throw new Invalid({ currentPassword: "currentPasswordWrong" });
  validateNewPassword(parsed, raw.password, user);
  await storeNewPassword(ctx, user, raw.password);
}
