// The viewer saves their Preferences: the interface language (which then wins over cookie and browser) and the
// kinds of e-mail they want; every kind not ticked is stored as turned off. Account e-mails are not among them.
import { forTenant, type TenantContext } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { fieldMessages } from "@/lib/field-messages";
import type { Locale } from "@/lib/i18n/locales";
import { EMAIL_KIND_NAMES, type EmailKind } from "@/lib/notifications/email-kinds";
import { preferencesSchema } from "./schemas";

export async function savePreferences(
  ctx: TenantContext,
  userId: string,
  raw: { locale: unknown; emails: unknown[] },
): Promise<{ locale: Locale; emailOptOuts: EmailKind[] }> {
  const parsed = preferencesSchema.safeParse(raw);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  const emailOptOuts = EMAIL_KIND_NAMES.filter((kind) => !parsed.data.emails.includes(kind));
  const saved = { locale: parsed.data.locale, emailOptOuts };
  const updated = await forTenant(ctx, (tx) => tx.user.updateMany({ where: { id: userId }, data: saved }));
  if (updated.count !== 1) throw new NotFound();
  return saved;
}
