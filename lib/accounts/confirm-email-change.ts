// The new address's owner opens the confirmation link: the account's address becomes the new one, if it is
// still free, and the change is audited. The link is used up either way.
import { recordAudit } from "@/lib/console/audit-log";
import { asPlatform } from "@/lib/db";
import { addressRequested } from "./email-change";
import { consumeEmailToken, withdrawEmailTokens } from "./email-tokens";

/** The address now in use, or null when the link is invalid, used, expired or its address was taken since. */
export async function confirmEmailChange(token: string): Promise<{ email: string } | null> {
  const link = await consumeEmailToken("CHANGE_EMAIL", token);
  if (!link?.newEmail) return null;
  const newEmail = link.newEmail;
  return asPlatform("e-mail change: global uniqueness of addresses", async (tx) => {
    const user = await tx.user.findFirst({
      where: { id: link.subjectId, tenantId: link.tenantId, status: { not: "DELETED" } },
      select: { id: true, tenantId: true, email: true, firstName: true, lastName: true, roles: true },
    });
    if (!user) return null;
    const taken = (await tx.user.count({ where: { email: newEmail, id: { not: user.id } } })) > 0;
    if (taken || (await addressRequested(tx, newEmail))) return null;
    await tx.user.update({ where: { id: user.id }, data: { email: newEmail } });
    await withdrawEmailTokens(tx, "CHANGE_EMAIL", user.id);
    await recordAudit(tx, user, {
      tenantId: user.tenantId,
      action: "user.email.change",
      targetType: "User",
      targetId: user.id,
      before: { email: user.email },
      after: { email: newEmail },
    });
    return { email: newEmail };
  });
}
