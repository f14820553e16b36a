// The viewer saves their Preferences: the interface language (which then wins over cookie and browser), for each
// kind of notice the site offers whether it comes by e-mail and whether it appears in the Alerts panel (every
// offered kind not ticked is stored as turned off; the kinds another site offers keep their state), and the
// daily digest of discussion replies. Account e-mails are not among the kinds. Turning the digest on starts it from
// that moment: the replies before it were e-mailed one by one, and the first digest must not repeat them.
import { forTenant, type TenantContext } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { fieldMessages } from "@/lib/field-messages";
import type { Locale } from "@/lib/i18n/locales";
import { EMAIL_KIND_NAMES, type EmailKind } from "@/lib/notifications/email-kinds";
import { preferencesSchema } from "./schemas";

/** The stored opt-outs after a save: the offered kinds not ticked, and the others as they were. */
const optOutsAfter = (stored: string[], offered: readonly EmailKind[], ticked: EmailKind[]) => [
  ...stored.filter((kind) => !offered.includes(kind as EmailKind)),
  ...offered.filter((kind) => !ticked.includes(kind)),
];

export async function savePreferences(
  ctx: TenantContext,
  userId: string,
  raw: { locale: unknown; emails: unknown[]; alerts?: unknown[]; discussionDigest?: unknown },
  offered: readonly EmailKind[] = EMAIL_KIND_NAMES,
): Promise<{ locale: Locale; emailOptOuts: string[] }> {
  const parsed = preferencesSchema.safeParse(raw);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  const { locale, emails, alerts, discussionDigest } = parsed.data;
  return forTenant(ctx, async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { emailOptOuts: true, alertOptOuts: true, discussionDigest: true },
    });
    if (!user) throw new NotFound();
    const saved = { locale, emailOptOuts: optOutsAfter(user.emailOptOuts, offered, emails) };
    await tx.user.update({
      where: { id: userId },
      data: {
        ...saved,
        ...(alerts ? { alertOptOuts: optOutsAfter(user.alertOptOuts, offered, alerts) } : {}),
        ...(discussionDigest !== undefined ? { discussionDigest } : {}),
        ...(discussionDigest && !user.discussionDigest ? { discussionDigestSentAt: new Date() } : {}),
      },
    });
    return saved;
  });
}
