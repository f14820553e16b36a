// "Forgot username or password?": whatever was typed, the caller gets the same answer after the same
// minimum time; a reset link is queued only for an active account, and only within the rate limits.
import { normalizeIdentifier } from "@/lib/auth/authenticate";
import { consumeRateLimit } from "@/lib/auth/rate-limit";
import { asPlatform } from "@/lib/db";
import { afterCommit, queueEmail } from "@/lib/notifications/queue-email";
import { homeSiteUrl, mailedAccountSelect } from "./account-links";
import { issueEmailToken } from "./email-tokens";

export const RESET_LIMIT_PER_ACCOUNT = { limit: 3, windowMs: 15 * 60_000 };
export const RESET_LIMIT_PER_ADDRESS = { limit: 20, windowMs: 15 * 60_000 };
/** Every answer takes at least this long, so the work done for a real account cannot be timed. */
export const RESET_ANSWER_MS = 400;

/**
 * Answers at RESET_ANSWER_MS whatever was typed. The work for a real account (the lookup, the link, the e-mail
 * in both parts) may outlast that on a busy server: the answer waits for it only until its time, never longer,
 * so how long it took never tells whether the account exists. `queued` settles when the work is done.
 */
export async function requestPasswordReset(identifier: string, address: string): Promise<{ queued: Promise<void> }> {
  const answerAt = Date.now() + RESET_ANSWER_MS;
  const untilAnswer = () => new Promise((resolve) => setTimeout(resolve, Math.max(0, answerAt - Date.now())));
  const queued = queueResetLink(identifier, address).catch((error) =>
    console.error("password reset: link not queued", error),
  );
  await Promise.race([queued, untilAnswer()]);
  await untilAnswer();
  return { queued };
}

async function queueResetLink(identifier: string, address: string): Promise<void> {
  const normalized = normalizeIdentifier(identifier);
  if (!normalized) return;
  const [perAccount, perAddress] = await Promise.all([
    consumeRateLimit(`reset:account:${normalized}`, RESET_LIMIT_PER_ACCOUNT),
    consumeRateLimit(`reset:address:${address}`, RESET_LIMIT_PER_ADDRESS),
  ]);
  if (!perAccount.allowed || !perAddress.allowed) return;
  const steps = await asPlatform("password reset: find the account and queue the link", async (tx) => {
    const user = await tx.user.findFirst({
      where: { OR: [{ username: normalized }, { email: normalized }], status: "ACTIVE" },
      select: mailedAccountSelect,
    });
    if (!user) return [];
    const token = await issueEmailToken(tx, {
      tenantId: user.tenantId,
      purpose: "RESET_PASSWORD",
      subjectId: user.id,
    });
    return [
      await queueEmail(tx, {
        tenantId: user.tenantId,
        to: user.email,
        locale: user.locale,
        template: user.tenant.kind === "ACADEMY" ? "academyPasswordReset" : "passwordReset",
        values: {
          firstName: user.firstName,
          username: user.username,
          link: homeSiteUrl(user.tenant, `/reset-password?token=${token}`),
        },
      }),
    ];
  });
  // Not awaited: starting delivery must not hold the work; the outbox sweep delivers the message even if this fails.
  void afterCommit(steps).catch((error) => console.error("password reset: delivery not scheduled", error));
}
