// What both ways of changing a password share (by reset link or from the profile): the new password must pass
// the policy, every existing session of the account ends (the session version moves on), and the owner is told
// by e-mail.
import type { ZodError } from "zod";
import { hashPassword } from "@/lib/auth/password";
import { forTenant, type TenantContext } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { fieldMessages } from "@/lib/field-messages";
import { afterCommit, queueEmail } from "@/lib/notifications/queue-email";
import { passwordProblem } from "./password-policy";

/** What a password change reads of the account. */
export const accountSelect = {
  id: true,
  tenantId: true,
  username: true,
  email: true,
  locale: true,
  firstName: true,
  passwordHash: true,
  status: true,
  tenant: { select: { kind: true } },
} as const;

export function validateNewPassword(
  parsed: { success: boolean; error?: ZodError },
  password: string,
  user: { username: string; email: string },
) {
  const fields = parsed.success || !parsed.error ? {} : fieldMessages(parsed.error);
  const problem = passwordProblem(password, user);
  if (problem) fields.password = problem;
  if (Object.keys(fields).length) throw new Invalid(fields);
}

export async function storeNewPassword(
  ctx: TenantContext,
  user: {
    id: string;
    tenantId: string;
    email: string;
    locale: string | null;
    firstName: string;
    tenant: { kind: string };
  },
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
        // The Academy's customers have no National Coordinator to tell.
        template: user.tenant.kind === "ACADEMY" ? "academyPasswordChanged" : "passwordChanged",
        values: { firstName: user.firstName },
      }),
    ];
  });
  await afterCommit(steps);
}
