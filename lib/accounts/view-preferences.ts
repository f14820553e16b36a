// The Preferences page's read: the viewer's interface language, for each kind of notice the site offers whether
// it comes by e-mail and whether it appears in the Alerts panel, and the daily digest of discussion replies.
import { forTenant, type TenantContext } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { EMAIL_KIND_NAMES, type EmailKind } from "@/lib/notifications/email-kinds";

export interface Preferences {
  locale: string | null;
  /** Every kind of e-mail the site offers to turn off, with whether this user receives it. */
  emails: Array<{ kind: EmailKind; on: boolean }>;
  /** The same kinds in the Alerts panel. */
  alerts: Array<{ kind: EmailKind; on: boolean }>;
  discussionDigest: boolean;
}

/** `ctx`: the viewer's home tenant (a WCO admin on a space edits the account of the WCO tenant). */
export async function viewPreferences(
  ctx: TenantContext,
  userId: string,
  offered: readonly EmailKind[] = EMAIL_KIND_NAMES,
): Promise<Preferences> {
  const user = await forTenant(ctx, (tx) =>
    tx.user.findUnique({
      where: { id: userId },
      select: { locale: true, emailOptOuts: true, alertOptOuts: true, discussionDigest: true },
    }),
  );
  if (!user) throw new NotFound();
  return {
    locale: user.locale,
    emails: offered.map((kind) => ({ kind, on: !user.emailOptOuts.includes(kind) })),
    alerts: offered.map((kind) => ({ kind, on: !user.alertOptOuts.includes(kind) })),
    discussionDigest: user.discussionDigest,
  };
}
