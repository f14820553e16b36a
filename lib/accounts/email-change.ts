// A change of an account's e-mail address, asked by its owner (profile) or their coordinator (Team): the new
// address gets a single-use link and the account keeps its address until the link is used; the current address
// is told that a change was asked, without the new one. Whether the new address already belongs to someone is
// never told to the asker: that address's owner gets a message saying nothing changed instead of the link, and
// the asker sees the same "waiting for confirmation" either way.
import type { Actor } from "@/lib/console/audit-log";
import { recordAudit } from "@/lib/console/audit-log";
import { consumeRateLimit } from "@/lib/auth/rate-limit";
import { asPlatform, type PlatformTx, type TenantTx } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { afterCommit, queueEmail } from "@/lib/notifications/queue-email";
import { homeSiteSelect, homeSiteUrl, mailedAccountSelect } from "./account-links";
import { issueEmailToken, withdrawEmailTokens } from "./email-tokens";
import { openRequestWhere } from "./register-applicant";

/** Changes asked per account, and per asker (a coordinator changing many addresses), per hour. */
export const EMAIL_CHANGES_PER_ACCOUNT = { limit: 3, windowMs: 60 * 60_000 };
export const EMAIL_CHANGES_PER_ASKER = { limit: 30, windowMs: 60 * 60_000 };

/** Asks for the change of `userId`'s address to `newEmail` (already validated and normalised). */
export async function startEmailChange(actor: Actor, userId: string, newEmail: string): Promise<void> {
  const limits = await Promise.all([
    consumeRateLimit(`email-change:account:${userId}`, EMAIL_CHANGES_PER_ACCOUNT),
    consumeRateLimit(`email-change:asker:${actor.id}`, EMAIL_CHANGES_PER_ASKER),
  ]);
  if (limits.some((limit) => !limit.allowed)) throw new Invalid({ form: "rateLimited" });
  const steps = await asPlatform("e-mail change: global uniqueness of addresses", async (tx) => {
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: mailedAccountSelect,
    });
    if (user.email === newEmail) throw new Invalid({ email: "emailUnchanged" });
    const owner = await tx.user.findUnique({
      where: { email: newEmail },
      select: { locale: true, tenant: { select: homeSiteSelect } },
    });
    const taken = owner !== null || (await addressRequested(tx, newEmail));
    await withdrawEmailTokens(tx, "CHANGE_EMAIL", user.id);
    // A link is issued whether or not the address is free, so what the asker sees next is the same; it is sent
    // only to a free address.
    const token = await issueEmailToken(tx, {
      tenantId: user.tenantId,
      purpose: "CHANGE_EMAIL",
      subjectId: user.id,
      newEmail,
    });
    const toNewAddress = taken
      ? await queueEmail(tx, {
          tenantId: user.tenantId,
          to: newEmail,
          locale: owner?.locale ?? user.locale,
          template: "emailChangeAddressInUse",
          values: { link: homeSiteUrl(owner?.tenant ?? user.tenant, "/forgot-password") },
        })
      : await queueEmail(tx, {
          tenantId: user.tenantId,
          to: newEmail,
          locale: user.locale,
          template: "emailChangeConfirm",
          values: { firstName: user.firstName, link: homeSiteUrl(user.tenant, `/confirm-email?token=${token}`) },
        });
    const toCurrentAddress = await queueEmail(tx, {
      tenantId: user.tenantId,
      to: user.email,
      locale: user.locale,
      template: "emailChangeRequested",
      values: {
        firstName: user.firstName,
        username: user.username,
        link: homeSiteUrl(user.tenant, "/forgot-password"),
      },
    });
    await recordAudit(tx, actor, {
      tenantId: user.tenantId,
      action: "user.email.request",
      targetType: "User",
      targetId: user.id,
      before: { email: user.email },
      after: { newEmail },
    });
    return [toNewAddress, toCurrentAddress];
  });
  await afterCommit(steps);
}

/** Whether an open registration request holds the address (it becomes an account's address once approved). */
export async function addressRequested(tx: PlatformTx, email: string): Promise<boolean> {
  return (await tx.registrationRequest.count({ where: { email, ...openRequestWhere() } })) > 0;
}

/** The address a change of this account waits to be confirmed for, or null. */
export async function pendingEmailChange(tx: PlatformTx | TenantTx, userId: string): Promise<string | null> {
  const token = await (tx as PlatformTx).emailToken.findFirst({
    where: { purpose: "CHANGE_EMAIL", subjectId: userId, usedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    select: { newEmail: true },
  });
  return token?.newEmail ?? null;
}
