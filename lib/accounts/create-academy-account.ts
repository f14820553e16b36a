// Academy customers' accounts: no administration and no approval, the e-mail address is the username.
// Opened when a sign-up's confirmation link is followed, or when an employee accepts a company seat (either
// link proves the address).
import { passwordProblem } from "./password-policy";
import { academyAccountSchema, type AcademyAccountInput } from "./schemas";
import type { PlatformTx } from "@/lib/db";
import { Invalid } from "@/lib/errors";

export function parseAcademyAccount(input: AcademyAccountInput) {
  const parsed = academyAccountSchema.safeParse(input);
  const fields: Record<string, string> = {};
  if (!parsed.success) for (const issue of parsed.error.issues) fields[String(issue.path[0])] ??= issue.message;
  const problem = passwordProblem(String(input.password ?? ""), {
    email: parsed.success ? parsed.data.email : undefined,
  });
  if (problem) fields.password ??= problem;
  if (!parsed.success || Object.keys(fields).length) throw new Invalid(fields);
  return parsed.data;
}

/** Creates the account in the Academy tenant (the password already hashed); Invalid when the address already has an account. */
export async function createAcademyAccount(
  tx: PlatformTx,
  tenantId: string,
  input: Pick<ReturnType<typeof parseAcademyAccount>, "firstName" | "lastName" | "email" | "locale"> & {
    passwordHash: string;
  },
): Promise<{ id: string; email: string }> {
  const taken = await tx.user.findFirst({
    where: { OR: [{ email: input.email }, { username: input.email }] },
    select: { id: true },
  });
  if (taken) throw new Invalid({ email: "emailInUse" });
  return tx.user.create({
    data: {
      tenantId,
      username: input.email,
      email: input.email,
      passwordHash: input.passwordHash,
      firstName: input.firstName,
      lastName: input.lastName,
      locale: input.locale,
      roles: ["LEARNER"],
    },
    select: { id: true, email: true },
  });
}
