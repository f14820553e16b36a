// The store's own sign-up, which reveals no account: the form always answers "check your e-mail". A new address
// gets a confirmation link, and the account opens when it is followed (no administration, no approval); an
// address that already has an account or an open sign-up gets a message saying so, with the way back in.
import { homeSiteUrl } from "@/lib/accounts/account-links";
import { parseAcademyAccount } from "@/lib/accounts/create-academy-account";
import { type AcademyAccountInput } from "@/lib/accounts/schemas";
import { issueEmailToken } from "@/lib/accounts/email-tokens";
import { openRequestWhere } from "@/lib/accounts/register-applicant";
import { hashPassword } from "@/lib/auth/password";
import { consumeRateLimit } from "@/lib/auth/rate-limit";
import { asPlatform } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { afterCommit, queueEmail } from "@/lib/notifications/queue-email";
import { academyTenantId } from "./store-context";

const SIGN_UPS_PER_ADDRESS = { limit: 20, windowMs: 60 * 60_000 };
const ACADEMY_SITE = { kind: "ACADEMY" as const, slug: "academy", spaceEnabled: false };

export async function requestAcademySignUp(input: AcademyAccountInput, address: string): Promise<void> {
  const account = parseAcademyAccount(input);
  if (!(await consumeRateLimit(`academy-sign-up:${address}`, SIGN_UPS_PER_ADDRESS)).allowed)
    throw new Invalid({ form: "rateLimited" });
  // Hashed whatever follows, so both answers take the same time.
  const passwordHash = await hashPassword(account.password);
  const tenantId = await academyTenantId();
  const steps = await asPlatform("store: sign-up of an Academy customer", async (tx) => {
    const existing = await tx.user.findFirst({
      where: { OR: [{ email: account.email }, { username: account.email }] },
      select: { locale: true, tenant: { select: { kind: true, slug: true, spaceEnabled: true } } },
    });
    const open = await tx.registrationRequest.count({ where: { email: account.email, ...openRequestWhere() } });
    if (existing || open) {
      return [
        await queueEmail(tx, {
          tenantId,
          to: account.email,
          locale: existing?.locale ?? account.locale,
          template: "academyAddressInUse",
          values: {
            link: existing ? homeSiteUrl(existing.tenant, "/forgot-password") : homeSiteUrl(ACADEMY_SITE, "/sign-in"),
          },
        }),
      ];
    }
    const request = await tx.registrationRequest.create({
      data: {
        tenantId,
        username: account.email,
        email: account.email,
        passwordHash,
        firstName: account.firstName,
        lastName: account.lastName,
        locale: account.locale,
        termsAcceptedAt: new Date(),
      },
    });
    const token = await issueEmailToken(tx, { tenantId, purpose: "CONFIRM_REGISTRATION", subjectId: request.id });
    return [
      await queueEmail(tx, {
        tenantId,
        to: account.email,
        locale: account.locale,
        template: "academySignUpConfirm",
        values: { firstName: account.firstName, link: homeSiteUrl(ACADEMY_SITE, `/register/confirm?token=${token}`) },
      }),
    ];
  });
  await afterCommit(steps);
}
