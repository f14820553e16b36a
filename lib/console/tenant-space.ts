// Enabling, configuring and disabling an administration's own space. Disabling only hides the subdomain:
// users, courses and records stay, and enabling again brings everything back.
import { holds } from "@/lib/permissions";
import { z } from "zod";
import { fieldMessages } from "@/lib/field-messages";
import { detectImageType } from "@/lib/image-type";
import { asPlatform, registry } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { LOCALES } from "@/lib/i18n/locales";
import { RESERVED_SUBDOMAINS } from "@/lib/tenancy/host";
import { forgetTenant } from "@/lib/tenancy/tenant-cache";
import { recordAudit, type Actor } from "./audit-log";

const colour = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^#[0-9a-f]{6}$/, "colourFormat")
  .optional()
  .or(z.literal("").transform(() => undefined))
  .transform((v) => v ?? null);

/** WCAG contrast ratio of a colour against white (the header's text is white on the brand colour). */
export function contrastWithWhite(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return 1.05 / (luminance + 0.05);
}

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

const SPACE_FIELDS = {
  slug: true,
  spaceEnabled: true,
  displayName: true,
  primaryColor: true,
  accentColor: true,
  defaultLocale: true,
} as const;

export async function configureTenantSpace(actor: Actor, countryCode: string, input: TenantSpaceInput): Promise<void> {
  if (!holds("console.administer", actor)) throw new NotFound();
  const parsed = tenantSpaceSchema.safeParse(input);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  const { enabled, ...settings } = parsed.data;
  const slugs = await asPlatform("WCO console: configure an administration's space", async (tx) => {
    const before = await tx.tenant.findFirst({
      where: { kind: "ADMINISTRATION", countryCode: countryCode.toUpperCase() },
      select: { id: true, ...SPACE_FIELDS },
    });
    if (!before) throw new NotFound();
    const taken = await tx.tenant.findFirst({
      where: { slug: settings.slug, id: { not: before.id } },
      select: { id: true },
    });
    if (taken) throw new Invalid({ slug: "slugTaken" });
    const after = await tx.tenant.update({
      where: { id: before.id },
      data: { ...settings, spaceEnabled: enabled },
      select: SPACE_FIELDS,
    });
    const { id, ...beforeValues } = before;
    const action =
      before.spaceEnabled === enabled
        ? "tenant.space.update"
        : enabled
          ? "tenant.space.enable"
          : "tenant.space.disable";
    await recordAudit(tx, actor, {
      tenantId: id,
      action,
      targetType: "Tenant",
      targetId: id,
      before: beforeValues,
      after,
    });
    return [before.slug, after.slug];
  });
  for (const slug of slugs) await forgetTenant(slug);
}

export const MAX_LOGO_BYTES = 512 * 1024;

/** Replaces the administration's logo (PNG, JPEG or WebP by its bytes, at most 512 KiB). */
export async function setTenantLogo(actor: Actor, countryCode: string, bytes: Uint8Array): Promise<void> {
  if (!holds("console.administer", actor)) throw new NotFound();
  if (bytes.length === 0) throw new Invalid({ logo: "logoMissing" });
  if (bytes.length > MAX_LOGO_BYTES) throw new Invalid({ logo: "logoTooLarge" });
  const contentType = detectImageType(bytes);
  if (!contentType) throw new Invalid({ logo: "logoType" });
  const slug = await asPlatform("WCO console: replace an administration's logo", async (tx) => {
    const tenant = await tx.tenant.findFirst({
      where: { kind: "ADMINISTRATION", countryCode: countryCode.toUpperCase() },
      select: { id: true, slug: true },
    });
    if (!tenant) throw new NotFound();
    const data = Buffer.from(bytes);
    await tx.tenantLogo.upsert({
      where: { tenantId: tenant.id },
      create: { tenantId: tenant.id, contentType, data },
      update: { contentType, data },
    });
    await recordAudit(tx, actor, {
      tenantId: tenant.id,
      action: "tenant.logo.replace",
      targetType: "Tenant",
      targetId: tenant.id,
      after: { contentType, bytes: bytes.length },
    });
    return tenant.slug;
  });
  await forgetTenant(slug);
}

/** The logo a site shows (public branding), or null. */
export async function readTenantLogo(
  tenantId: string,
): Promise<{ contentType: string; data: Uint8Array; updatedAt: Date } | null> {
  return registry
    .tenantLogo()
    .findUnique({ where: { tenantId }, select: { contentType: true, data: true, updatedAt: true } });
}

/** An administration's logo for the WCO console (anyone else: null). */
export async function readAdministrationLogo(
  actor: Actor,
  countryCode: string,
): Promise<{ contentType: string; data: Uint8Array } | null> {
  if (!holds("console.administer", actor)) return null;
  return asPlatform("WCO console: read an administration's logo", (tx) =>
    tx.tenantLogo.findFirst({
      where: { tenant: { kind: "ADMINISTRATION", countryCode: countryCode.toUpperCase() } },
      select: { contentType: true, data: true },
    }),
  );
}
