// The WCO console's input rules: platform settings and an administration's space. Messages are keys of the
// console forms' "Fields" messages.
import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { RESERVED_SUBDOMAINS } from "@/lib/tenancy/host";
import { contrastWithWhite } from "./contrast";

/** The Secretary General's signature (also an issuing administration's signatory's): at most 512 KiB. */
export const MAX_SIGNATURE_BYTES = 512 * 1024;

/** An administration's logo: at most 512 KiB. */
export const MAX_LOGO_BYTES = 512 * 1024;

export const secretaryGeneralNameSchema = z.object({
  secretaryGeneralName: z.string().trim().min(1, "required").max(150, "tooLong"),
});

export const termsSchema = z.object({
  locale: z.enum(LOCALES, "required"),
  body: z.string().trim().min(1, "required").max(100_000, "tooLong"),
});

const colour = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^#[0-9a-f]{6}$/, "colourFormat")
  .optional()
  .or(z.literal("").transform(() => undefined))
  .transform((v) => v ?? null);

export const tenantSpaceSchema = z.object({
  enabled: z.boolean(),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9](?:[a-z0-9-]{0,28}[a-z0-9])?$/, "slugFormat")
    .refine((slug) => !RESERVED_SUBDOMAINS.has(slug), "slugReserved"),
  displayName: z
    .string()
    .trim()
    .max(120, "tooLong")
    .transform((v) => v || null),
  primaryColor: colour.refine((value) => value === null || contrastWithWhite(value) >= 4.5, "colourContrast"),
  accentColor: colour,
  defaultLocale: z.enum(LOCALES, "required"),
});
export type TenantSpaceInput = z.input<typeof tenantSpaceSchema>;
