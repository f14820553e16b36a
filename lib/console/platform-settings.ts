// Platform settings in the WCO console: the Secretary General's name and signature (printed on every
// certificate) and the Terms and Conditions of use in each language. Every change is audited.
import { holds } from "@/lib/permissions";
import { z } from "zod";
import { fieldMessages } from "@/lib/field-messages";
import { detectImageType } from "@/lib/image-type";
import { asPlatform, registry, type PlatformTx } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { LOCALES } from "@/lib/i18n/locales";
import { ROOT_SITE_SLUG } from "@/lib/tenancy/host";
import { recordAudit, type Actor } from "./audit-log";

export const MAX_SIGNATURE_BYTES = 512 * 1024;

const nameSchema = z.object({ secretaryGeneralName: z.string().trim().min(1, "required").max(150, "tooLong") });
const termsSchema = z.object({
  locale: z.enum(LOCALES, "required"),
  body: z.string().trim().min(1, "required").max(100_000, "tooLong"),
});

function requireWcoAdmin(actor: Actor) {
  if (!holds("console.administer", actor)) throw new NotFound();
}

async function wcoTenantId(tx: PlatformTx): Promise<string> {
  return (await tx.tenant.findUniqueOrThrow({ where: { slug: ROOT_SITE_SLUG }, select: { id: true } })).id;
}

export async function getPlatformSettings() {
  const settings = await registry.platformSettings().findUnique({
    where: { id: 1 },
    select: { secretaryGeneralName: true, signatureContentType: true, updatedAt: true },
  });
  return {
    secretaryGeneralName: settings?.secretaryGeneralName ?? "",
    hasSignature: Boolean(settings?.signatureContentType),
    updatedAt: settings?.updatedAt ?? null,
  };
}

/** The signature image for certificates, or null when none was uploaded. */
export async function readSignature(): Promise<{ contentType: string; data: Uint8Array } | null> {
  const row = await registry
    .platformSettings()
    .findUnique({ where: { id: 1 }, select: { signatureContentType: true, signature: true } });
  return row?.signatureContentType && row.signature
    ? { contentType: row.signatureContentType, data: row.signature }
    : null;
}

export async function setSecretaryGeneralName(actor: Actor, input: unknown): Promise<void> {
  requireWcoAdmin(actor);
  const parsed = nameSchema.safeParse(input);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  await asPlatform("WCO console: the Secretary General's name", async (tx) => {
    const before = await tx.platformSettings.findUnique({ where: { id: 1 }, select: { secretaryGeneralName: true } });
    await tx.platformSettings.upsert({ where: { id: 1 }, create: { id: 1, ...parsed.data }, update: parsed.data });
    await recordAudit(tx, actor, {
      tenantId: await wcoTenantId(tx),
      action: "settings.secretaryGeneral.name",
      targetType: "PlatformSettings",
      before,
      after: parsed.data,
    });
  });
}

/** The signature printed on certificates: PNG or JPEG (what PDF documents embed), at most 512 KiB. */
export async function setSignature(actor: Actor, bytes: Uint8Array): Promise<void> {
  requireWcoAdmin(actor);
  if (bytes.length === 0) throw new Invalid({ signature: "signatureMissing" });
  if (bytes.length > MAX_SIGNATURE_BYTES) throw new Invalid({ signature: "signatureTooLarge" });
  const contentType = detectImageType(bytes);
  if (contentType !== "image/png" && contentType !== "image/jpeg") throw new Invalid({ signature: "signatureType" });
  await asPlatform("WCO console: the Secretary General's signature", async (tx) => {
    const data = Buffer.from(bytes);
    await tx.platformSettings.upsert({
      where: { id: 1 },
      create: { id: 1, signatureContentType: contentType, signature: data },
      update: { signatureContentType: contentType, signature: data },
    });
    await recordAudit(tx, actor, {
      tenantId: await wcoTenantId(tx),
      action: "settings.secretaryGeneral.signature",
      targetType: "PlatformSettings",
      after: { contentType, bytes: bytes.length },
    });
  });
}

export async function setTerms(actor: Actor, input: unknown): Promise<void> {
  requireWcoAdmin(actor);
  const parsed = termsSchema.safeParse(input);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  const { locale, body } = parsed.data;
  await asPlatform("WCO console: the Terms and Conditions", async (tx) => {
    const before = await tx.termsAndConditions.findUnique({ where: { locale }, select: { body: true } });
    await tx.termsAndConditions.upsert({ where: { locale }, create: { locale, body }, update: { body } });
    await recordAudit(tx, actor, {
      tenantId: await wcoTenantId(tx),
      action: "settings.terms",
      targetType: "TermsAndConditions",
      targetId: locale,
      before,
      after: { body },
    });
  });
}

/** The Terms and Conditions in the reader's language, else in English; null before any were written. */
export async function readTerms(locale: string): Promise<{ locale: string; body: string; updatedAt: Date } | null> {
  const rows = await registry.terms().findMany({ where: { locale: { in: [locale, "en"] } } });
  return rows.find((row) => row.locale === locale) ?? rows.find((row) => row.locale === "en") ?? null;
}
