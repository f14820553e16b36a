// Changing a password, by reset link or from the profile: the new password must pass the policy, every
// existing session of the account ends (the session version moves on), and the owner is told by e-mail.
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { resetRateLimit } from "@/lib/auth/rate-limit";
import { asPlatform, forTenant, type TenantContext } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { afterCommit, queueEmail } from "@/lib/notifications/queue-email";
import { consumeEmailToken, peekEmailToken } from "./email-tokens";
import { passwordProblem } from "./password-policy";
import { fieldMessages } from "@/lib/field-messages";
import { changePasswordSchema, newPasswordSchema } from "./schemas";

const accountSelect = {
  id: true,
  tenantId: true,
  username: true,
  email: true,
  locale: true,
  firstName: true,
  passwordHash: true,
  status: true,
} as const;

/** Whether a reset link can still be used (the page checks before showing its form). */
export async function resetLinkIsValid(token: string): Promise<boolean> {
  return (await peekEmailToken("RESET_PASSWORD", token)) !== null;
}

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

function validateNewPassword(
  parsed: { success: boolean; error?: import("zod").ZodError },
  password: string,
  user: { username: string; email: string },
) {
  const fields = parsed.success || !parsed.error ? {} : fieldMessages(parsed.error);
  const problem = passwordProblem(password, user);
  if (problem) fields.password = problem;
  if (Object.keys(fields).length) throw new Invalid(fields);
}

async function storeNewPassword(
  ctx: TenantContext,
  user: { id: string; tenantId: string; email: string; locale: string | null; firstName: string },
  password: string,
) {
  const passwordHash = await hashPassword(password);
  const steps = await forTenant({ ...ctx, tenantId: user.tenantId }, async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    return [
      await queueEmail(tx, {
        tenantId: user.tenantId,
        to: user.email,
        locale: user.locale,
        template: "passwordChanged",
        values: { firstName: user.firstName },
      }),
    ];
  });
  await afterCommit(steps);
}
