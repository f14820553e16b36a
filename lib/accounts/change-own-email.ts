// The viewer asks for a new e-mail address from their profile, giving their password again: a session left
// open on a shared computer cannot take the account over by changing its address.
import { verifyPassword } from "@/lib/auth/password";
import { forTenant, type TenantContext } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { fieldMessages } from "@/lib/field-messages";
import { startEmailChange } from "./email-change";
import { ownEmailChangeSchema } from "./schemas";

export async function changeOwnEmail(
  ctx: TenantContext,
  userId: string,
  raw: { email: string; currentPassword: string },
): Promise<void> {
  const parsed = ownEmailChangeSchema.safeParse(raw);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  const user = await forTenant(ctx, (tx) =>
    tx.user.findUnique({
      where: { id: userId },
      select: { id: true, firstName: true, lastName: true, roles: true, passwordHash: true, tenant: true },
    }),
  );
  // An Academy customer's address is their username: it is not changed here.
  if (!user || user.tenant.kind === "ACADEMY") throw new NotFound();
  if (!(await verifyPassword(user.passwordHash, parsed.data.currentPassword)))
    throw new Invalid({ currentPassword: "currentPasswordWrong" });
  await startEmailChange(user, user.id, parsed.data.email);
}
