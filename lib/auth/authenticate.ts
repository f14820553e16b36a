// Sign-in with username or e-mail and password. Whatever is wrong with the credentials, the answer is the
// same "invalid" and takes about the same time; only a caller who knows the password learns more.
import { asPlatform, type Role } from "@/lib/db";
import type { Site } from "@/lib/tenancy/site";
import { mayUse } from "@/lib/permissions";
import { verifyAgainstDecoy, verifyPassword } from "./password";
import { findOpenRegistration } from "./open-registration";
import { consumeRateLimit, refundRateLimit, resetRateLimit, type RateLimit } from "./rate-limit";

export const LOGIN_LIMIT_PER_ACCOUNT: RateLimit = { limit: 5, windowMs: 15 * 60_000 };
// Generous per address: a whole customs office often shares one public address. Only wrong passwords use it up: a
// sign-in with the right one gives its attempt back, so an office's own officers never lock it out.
export const LOGIN_LIMIT_PER_ADDRESS: RateLimit = { limit: 100, windowMs: 15 * 60_000 };

export type SignInRefusal =
  "invalid" | "rate_limited" | "wrong_site" | "suspended" | "awaiting_approval" | "email_unconfirmed";

export interface AuthenticatedUser {
  id: string;
  sessionVersion: number;
}

export type AuthenticationResult = { ok: true; user: AuthenticatedUser } | { ok: false; refusal: SignInRefusal };

export interface Credentials {
  identifier: string;
  password: string;
  /** The client's address, for the per-address limit. */
  address: string;
  site: Site;
}

const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/** The identifier as stored (trimmed, lower case); "" for one no account can have (control characters: PostgreSQL refuses NUL). */
export function normalizeIdentifier(identifier: string): string {
  return CONTROL_CHARACTERS.test(identifier) ? "" : identifier.trim().toLowerCase();
}

export async function authenticate({
  identifier,
  password,
  address,
  site,
}: Credentials): Promise<AuthenticationResult> {
  const normalized = normalizeIdentifier(identifier);
  const user = normalized
    ? await asPlatform("sign-in: find the account", (db) =>
        db.user.findFirst({
          where: { OR: [{ username: normalized }, { email: normalized }] },
          select: {
            id: true,
            passwordHash: true,
            status: true,
            roles: true,
            sessionVersion: true,
            tenant: { select: { id: true, kind: true } },
          },
        }),
      )
    : null;
  // No account yet: a registration still open under this name is answered like an account, so only its password
  // tells the person that it waits (for the e-mail confirmation, or for the coordinator).
  const registration = !user && normalized ? await findOpenRegistration(normalized) : null;
  // Failures count per account, whichever of its names was typed; an unknown identifier has its own counter.
  const accountKey = user
    ? `login:account:${user.id}`
    : registration
      ? `login:registration:${registration.id}`
      : `login:unknown:${normalized}`;
  const addressKey = `login:address:${address}`;
  const [perAccount, perAddress] = await Promise.all([
    consumeRateLimit(accountKey, LOGIN_LIMIT_PER_ACCOUNT),
    consumeRateLimit(addressKey, LOGIN_LIMIT_PER_ADDRESS),
  ]);
  if (!perAccount.allowed || !perAddress.allowed) return { ok: false, refusal: "rate_limited" };

  const hash = user?.passwordHash ?? registration?.passwordHash;
  const passwordMatches = hash ? await verifyPassword(hash, password) : await verifyAgainstDecoy(password);
  if (passwordMatches) await refundRateLimit(addressKey);
  if (registration && passwordMatches) {
    await resetRateLimit(accountKey);
    return {
      ok: false,
      refusal: registration.status === "AWAITING_APPROVAL" ? "awaiting_approval" : "email_unconfirmed",
    };
  }
  if (!user || !passwordMatches) return { ok: false, refusal: "invalid" };

  await resetRateLimit(accountKey);
  // Only active accounts sign in: a suspended one is told so; a deleted one (anonymised, with an unusable
  // password) reads as unknown.
  if (user.status !== "ACTIVE") return { ok: false, refusal: user.status === "SUSPENDED" ? "suspended" : "invalid" };
  if (!mayUseSite(site, user.tenant, user.roles)) return { ok: false, refusal: "wrong_site" };

  await asPlatform("sign-in: record the login", (db) =>
    db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } }),
  );
  return { ok: true, user: { id: user.id, sessionVersion: user.sessionVersion } };
}

/** Whether an account may use a site: WCO admins every site, everyone else their home tenant's. */
export function mayUseSite(
  site: Site,
  homeTenant: { id: string; kind: "WCO" | "ADMINISTRATION" | "ACADEMY" },
  roles: readonly Role[],
): boolean {
  return mayUse(site, { roles, homeTenantId: homeTenant.id, homeTenantKind: homeTenant.kind });
}
