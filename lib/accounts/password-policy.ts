// New passwords: at least 12 characters, not one of the ~49,000 most common passwords (the zxcvbn-ts
// list), and not the username or e-mail address.
import { dictionary } from "@zxcvbn-ts/language-common";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

const common = new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));

/** The message key of the first rule a password breaks, or null when it is acceptable. */
export function passwordProblem(password: string, personal: { username?: string; email?: string } = {}): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return "passwordTooShort";
  if (password.length > PASSWORD_MAX_LENGTH) return "passwordTooLong";
  const lowered = password.toLowerCase();
  if (common.has(lowered)) return "passwordCommon";
  const own = [personal.username, personal.email, personal.email?.split("@")[0]].filter((v): v is string =>
    Boolean(v && v.length >= 4),
  );
  if (own.some((value) => lowered.includes(value.toLowerCase()))) return "passwordPersonal";
  return null;
}
