// "Create new account": validates the application, keeps it as a registration request (not a user), and
// e-mails a confirmation link. An address that already has an account or an open application gets a
// different e-mail, but the applicant sees exactly the same answer, so the form reveals no account.
import { hashPassword } from "@/lib/auth/password";
import { consumeRateLimit } from "@/lib/auth/rate-limit";
import { asPlatform } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { afterCommit, queueEmail } from "@/lib/notifications/queue-email";
import type { Site } from "@/lib/tenancy/site";
import { homeSiteUrl } from "./account-links";
import { issueEmailToken, TOKEN_LIFETIME_MS } from "./email-tokens";
import { passwordProblem } from "./password-policy";
import { fieldMessages } from "@/lib/field-messages";
import { registrationSchema } from "./schemas";

export const REGISTRATION_LIMIT_PER_ADDRESS = { limit: 10, windowMs: 60 * 60_000 };
// The form says when a username is taken (helpful); tries per username and per address keep that from listing accounts.
export const REGISTRATION_LIMIT_PER_IDENTIFIER = { limit: 5, windowMs: 60 * 60_000 };

/** Registrations that still hold their username and address: confirmed ones, and unconfirmed ones whose link is alive. */
export function openRequestWhere(now = new Date()) {
  return {
    OR: [
      { status: "AWAITING_APPROVAL" as const },
      {
        status: "EMAIL_UNCONFIRMED" as const,
        createdAt: { gt: new Date(now.getTime() - TOKEN_LIFETIME_MS.CONFIRM_REGISTRATION) },
      },
    ],
  };
}

export async function registerApplicant(site: Site, raw: Record<string, unknown>, address: string): Promise<void> {
  if (site.kind === "academy") throw new Invalid({ form: "notHere" });
  // On an administration's space the organisation is that administration, whatever the form says.
  const parsed = registrationSchema.safeParse(
    site.kind === "tenant" ? { ...raw, administration: site.tenant.countryCode ?? "" } : raw,
  );
  const fields = parsed.success ? {} : fieldMessages(parsed.error);
  const input = parsed.success ? parsed.data : null;
  const problem = passwordProblem(String(raw.password ?? ""), {
    username: String(raw.username ?? ""),
    email: String(raw.email ?? ""),
  });
  if (problem) fields.password = problem;
  if (!input || Object.keys(fields).length) throw new Invalid(fields);

  const limits = await Promise.all([
    consumeRateLimit(`register:address:${address}`, REGISTRATION_LIMIT_PER_ADDRESS),
    consumeRateLimit(`register:username:${input.username}`, REGISTRATION_LIMIT_PER_IDENTIFIER),
    consumeRateLimit(`register:email:${input.email}`, REGISTRATION_LIMIT_PER_IDENTIFIER),
  ]);
  if (limits.some((limit) => !limit.allowed)) throw new Invalid({ form: "rateLimited" });

  const passwordHash = await hashPassword(input.password);
  const steps = await asPlatform("registration: global uniqueness of usernames and addresses", async (tx) => {
    const tenant = await tx.tenant.findFirst({ where: { countryCode: input.administration, kind: "ADMINISTRATION" } });
    if (!tenant) throw new Invalid({ administration: "administrationRequired" });
    const usernameTaken =
      (await tx.user.count({ where: { username: input.username } })) +
      (await tx.registrationRequest.count({ where: { username: input.username, ...openRequestWhere() } }));
    if (usernameTaken) throw new Invalid({ username: "usernameTaken" });

    const existingUser = await tx.user.findUnique({
      where: { email: input.email },
      select: { locale: true, tenant: { select: { kind: true, slug: true, spaceEnabled: true } } },
    });
    const openRequest = await tx.registrationRequest.count({ where: { email: input.email, ...openRequestWhere() } });
    if (existingUser || openRequest) {
      return [
        await queueEmail(tx, {
          tenantId: tenant.id,
          to: input.email,
          locale: existingUser?.locale ?? input.locale,
          template: "registrationAddressInUse",
          values: {
            link: existingUser ? homeSiteUrl(existingUser.tenant, "/forgot-password") : homeSiteUrl(tenant, "/sign-in"),
          },
        }),
      ];
    }

    const request = await tx.registrationRequest.create({
      data: {
        tenantId: tenant.id,
        username: input.username,
        email: input.email,
        passwordHash,
        firstName: input.firstName,
        lastName: input.lastName,
        position: input.position,
        locale: input.locale,
        termsAcceptedAt: new Date(),
      },
    });
    const token = await issueEmailToken(tx, {
      tenantId: tenant.id,
      purpose: "CONFIRM_REGISTRATION",
      subjectId: request.id,
    });
    const confirmSite = site.kind === "tenant" ? tenant : { kind: "WCO" as const, slug: "wco", spaceEnabled: false };
    return [
      await queueEmail(tx, {
        tenantId: tenant.id,
        to: input.email,
        locale: input.locale,
        template: "registrationConfirm",
        values: { firstName: input.firstName, link: homeSiteUrl(confirmSite, `/register/confirm?token=${token}`) },
      }),
    ];
  });
  await afterCommit(steps);
}
