// The store's own sign-up: an Academy account at once, ready to buy (no administration, no approval).
import { consumeRateLimit } from "@/lib/auth/rate-limit";
import { asPlatform } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { academyTenantId } from "./catalogue";
import { createAcademyAccount, parseAcademyAccount, type AcademyAccountInput } from "./create-academy-account";

const SIGN_UPS_PER_ADDRESS = { limit: 20, windowMs: 60 * 60_000 };

export async function signUpAcademyCustomer(input: AcademyAccountInput, address: string): Promise<{ id: string; email: string }> {
  const account = parseAcademyAccount(input);
  if (!(await consumeRateLimit(`academy-sign-up:${address}`, SIGN_UPS_PER_ADDRESS)).allowed) throw new Invalid({ form: "rateLimited" });
  const tenantId = await academyTenantId();
  return asPlatform("store: sign up an Academy customer", (tx) => createAcademyAccount(tx, tenantId, account));
}
