// Every step of a workshop application is told to the person concerned twice: an alert in their Alerts panel
// and an e-mail (queued), both in their language. Alerts.<kind> and Email.<kind> hold the texts.
import { homeSiteUrl, type HomeSite } from "@/lib/accounts/account-links";
import type { PlatformTx, TenantTx } from "@/lib/db";
import { createAlert } from "@/lib/notifications/create-alert";
import { queueEmail } from "@/lib/notifications/queue-email";
import { formatSessionDates } from "@/lib/i18n/zoned-time";
import { calendarAttachment } from "./session-calendar";

export type WorkshopNotice =
  | "workshopApplication"
  | "workshopAccepted"
  | "workshopDenied"
  | "workshopSelected"
  | "workshopWaitingList"
  | "workshopNotSelected"
  | "workshopPromoted"
  | "workshopReminder"
  | "workshopSessionCancelled"
  | "workshopSessionChanged";

export interface Recipient {
  id: string;
  tenantId: string;
  email: string;
  firstName: string;
  locale: string | null;
  emailOptOuts: string[];
  tenant: HomeSite;
}

export const RECIPIENT_SELECT = {
  id: true,
  tenantId: true,
  email: true,
  firstName: true,
  locale: true,
  emailOptOuts: true,
  tenant: { select: { kind: true, slug: true, spaceEnabled: true } },
} as const;

export interface SessionFacts {
  /** Present when the notice may carry the session's calendar invitation. */
  id?: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  place: string | null;
  onlineUrl: string | null;
  course: { code: string; translations: Array<{ locale: string; title: string }> };
}

/** The course title and session details in the recipient's language, as message values. */
export function sessionValues(session: SessionFacts, locale: string | null): Record<string, string> {
  const language = locale ?? "en";
  const title =
    session.course.translations.find((t) => t.locale === language)?.title ??
    session.course.translations.find((t) => t.locale === "en")?.title ??
    session.course.translations[0]?.title ??
    session.course.code;
  const where = [session.place, session.onlineUrl].filter(Boolean).join(" · ");
  return { course: title, date: formatSessionDates(session, language), where };
}

/** The notices of a place in a session: their e-mail carries the session's calendar invitation (.ics). */
const BOOKINGS: ReadonlySet<WorkshopNotice> = new Set([
  "workshopAccepted",
  "workshopSelected",
  "workshopPromoted",
  "workshopSessionChanged",
]);

/**
 * Writes the alert and queues the e-mail; returns the step that starts delivery once the transaction commits.
 * `session`: the session a booking's invitation describes (as shown to the recipient).
 */
export async function notify(
  tx: PlatformTx | TenantTx,
  recipient: Recipient,
  kind: WorkshopNotice,
  values: Record<string, string>,
  path: string,
  actionKey?: string,
  session?: SessionFacts,
): Promise<() => Promise<void>> {
  const link = homeSiteUrl(recipient.tenant, path);
  const invitation =
    session?.id && BOOKINGS.has(kind)
      ? [calendarAttachment({ ...session, id: session.id, title: values.course ?? session.course.code, url: link })]
      : undefined;
  await createAlert(tx, {
    tenantId: recipient.tenantId,
    userId: recipient.id,
    kind,
    params: values,
    href: path,
    actionKey,
  });
  return queueEmail(tx, {
    tenantId: recipient.tenantId,
    to: recipient.email,
    locale: recipient.locale,
    template: kind,
    values: { ...values, firstName: recipient.firstName, link },
    optOuts: recipient.emailOptOuts,
    attachments: invitation,
  });
}

/** Where a candidate follows their application. */
export const applicationPath = (applicationId: string) => `/workshops/applications/${applicationId}`;

/** The translations a notice needs, for `include`/`select` on a session. */
export const SESSION_FACTS_SELECT = {
  id: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  place: true,
  onlineUrl: true,
  capacity: true,
  course: { select: { code: true, translations: { select: { locale: true, title: true } } } },
} as const;
