// A new password by reset link: the link is used up only once the password is acceptable.
import { resetRateLimit } from "@/lib/auth/rate-limit";
import { asPlatform } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { consumeEmailToken, peekEmailToken } from "./email-tokens";
import { accountSelect, storeNewPassword, validateNewPassword } from "./new-password";
import { newPasswordSchema } from "./schemas";

/** Sets the account's new password from a reset link; a wrong or used link: Invalid (form). */
export async function resetPassword(token: string, raw: { password: string; confirmation: string }): Promise<void> {
  const link = await peekEmailToken("RESET_PASSWORD", token);
  if (!link) throw new Invalid({ form: "linkInvalid" });
  const user = await asPlatform("password reset: read the account", (tx) =>
    tx.user.findUnique({ where: { id: link.subjectId }, select: accountSelect }),
  );
  if (!user || user.status !== "ACTIVE") throw new Invalid({ form: "linkInvalid" });
  validateNewPassword(newPasswordSchema.safeParse(raw), raw.password, user);
  // Consumed only once the new password is acceptable, so a typo does not burn the link.
  if (!(await consumeEmailToken("RESET_PASSWORD", token))) throw new Invalid({ form: "linkInvalid" });
  await storeNewPassword({ tenantId: user.tenantId, audience: "CUSTOMS" }, user, raw.password);
  await resetRateLimit(`login:account:${user.id}`);
}
