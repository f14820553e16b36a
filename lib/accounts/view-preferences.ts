// The Preferences page's read: the viewer's interface language and the kinds of e-mail they receive.
import { forTenant, type TenantContext } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { EMAIL_KIND_NAMES, type EmailKind } from "@/lib/notifications/email-kinds";

export interface Preferences {
  locale: string | null;
  /** Every kind of e-mail a user may turn off, with whether this user receives it. */
  emails: Array<{ kind: EmailKind; on: boolean }>;
}

/** `ctx`: the viewer's home tenant (a WCO admin on a space edits the account of the WCO tenant). */
export async function viewPreferences(ctx: TenantContext, userId: string): Promise<Preferences> {
  const user = await forTenant(ctx, (tx) =>
    tx.user.findUnique({ where: { id: userId }, select: { locale: true, emailOptOuts: true } }),
  );
  if (!user) throw new NotFound();
  return {
    locale: user.locale,
    emails: EMAIL_KIND_NAMES.map((kind) => ({ kind, on: !user.emailOptOuts.includes(kind) })),
  };
}
