// Input schemas of the account forms; messages are keys of the form's message namespace.
import { z } from "zod";
import { isLocale, LOCALES, type Locale } from "@/lib/i18n/locales";
import { isEmailKind } from "@/lib/notifications/email-kinds";

/** A profile photo: at most 1 MiB. */
export const MAX_PHOTO_BYTES = 1024 * 1024;

const name = z.string().trim().min(1, "required").max(100, "tooLong");
const email = z.string().trim().toLowerCase().max(254, "tooLong").pipe(z.email("emailFormat"));

export const registrationSchema = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9._-]{2,39}$/, "usernameFormat"),
  email,
  password: z.string(),
  firstName: name,
  lastName: name,
  position: z
    .string()
    .trim()
    .max(150, "tooLong")
    .optional()
    .transform((v) => v || undefined),
  locale: z.enum(LOCALES, "required"),
  acceptTerms: z.literal("on", "termsRequired"),
  administration: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, "administrationRequired"),
});

export const identifierSchema = z.object({
  identifier: z.string().trim().toLowerCase().min(1, "required").max(254, "tooLong"),
});

export const newPasswordSchema = z
  .object({ password: z.string(), confirmation: z.string() })
  .refine((v) => v.password === v.confirmation, { message: "passwordMismatch", path: ["confirmation"] });

export const profileSchema = z.object({
  firstName: name,
  lastName: name,
  position: z
    .string()
    .trim()
    .max(150, "tooLong")
    .optional()
    .transform((v) => v || null),
  locale: z.enum(LOCALES, "required"),
});

export const changePasswordSchema = z
  .object({ currentPassword: z.string().min(1, "required"), password: z.string(), confirmation: z.string() })
  .refine((v) => v.password === v.confirmation, { message: "passwordMismatch", path: ["confirmation"] });

/** An Academy customer's account: the e-mail address is the username. */
export const academyAccountSchema = z.object({
  firstName: name,
  lastName: name,
  email,
  password: z.string(),
  locale: z
    .string()
    .catch("en")
    .transform((v): Locale => (isLocale(v) ? v : "en")),
  acceptTerms: z.literal("on", "termsRequired"),
});
export type AcademyAccountInput = z.input<typeof academyAccountSchema>;

/** The Preferences page: the interface language, and per kind of e-mail whether it is sent ("on" when ticked). */
export const preferencesSchema = z.object({
  locale: z.enum(LOCALES, "required"),
  emails: z.array(z.string()).transform((kinds) => kinds.filter(isEmailKind)),
  /** The kinds shown in the Alerts panel; not given: unchanged. */
  alerts: z
    .array(z.string())
    .transform((kinds) => kinds.filter(isEmailKind))
    .optional(),
  /** The daily digest of discussion replies (a ticked box posts "on"); not given: unchanged. */
  discussionDigest: z
    .unknown()
    .transform((value) => value === "on" || value === true)
    .optional(),
});

/** A new e-mail address for an account, asked by its coordinator. */
export const emailChangeSchema = z.object({ email });

/** A new e-mail address asked by the account's owner, who gives their password again. */
export const ownEmailChangeSchema = z.object({ email, currentPassword: z.string().min(1, "required") });
