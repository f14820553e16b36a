// Who hears of a request to join a course closed to self-enrolment: the officer's administration's active
// National Coordinators (or, where it has none, the WCO Secretariat) when it is made, with an alert that asks
// for the decision; the officer when it is decided, with the coordinator's reason. Alerts and e-mails in each
// reader's language (Alerts.<kind>, Email.<kind>).
import { homeSiteUrl } from "@/lib/accounts/account-links";
import { asPlatform, type PlatformTx, type TenantTx } from "@/lib/db";
import { createAlert } from "@/lib/notifications/create-alert";
import { actionKey } from "@/lib/notifications/mark-action-done";
import { queueEmail } from "@/lib/notifications/queue-email";
import { RECIPIENT_SELECT, type Recipient } from "@/lib/workshops/notify";
import { titleIn } from "@/lib/workshops/session-title";

type Tx = PlatformTx | TenantTx;
type Titles = { code: string; translations: Array<{ locale: string; title: string }> };

export const COURSE_TITLES_SELECT = { code: true, translations: { select: { locale: true, title: true } } } as const;
const APPLICATIONS_PAGE = "/team/applications";

async function tell(
  tx: Tx,
  recipient: Recipient,
  kind: "enrolmentRequest" | "enrolmentAccepted" | "enrolmentDenied" | "enrolmentDeniedWithReason",
  values: Record<string, string>,
  path: string,
  key?: string,
) {
  await createAlert(tx, {
    tenantId: recipient.tenantId,
    userId: recipient.id,
    kind,
    params: values,
    href: path,
    actionKey: key,
  });
  return queueEmail(tx, {
    tenantId: recipient.tenantId,
    to: recipient.email,
    locale: recipient.locale,
    template: kind,
    values: { ...values, firstName: recipient.firstName, link: homeSiteUrl(recipient.tenant, path) },
  });
}

/** Tells the coordinators of the request; returns the post-commit steps. */
export async function tellCoordinatorsOfRequest(
  tx: TenantTx,
  request: { id: string; tenantId: string; requester: string; course: Titles },
): Promise<Array<() => Promise<void>>> {
  const tellAll = async (db: Tx, recipients: Recipient[]) => {
    const steps = [];
    for (const recipient of recipients) {
      const values = {
        requester: request.requester,
        course: titleIn(request.course.translations, recipient.locale ?? "en", request.course.code),
      };
      const key = actionKey("EnrolmentRequest", request.id);
      steps.push(await tell(db, recipient, "enrolmentRequest", values, APPLICATIONS_PAGE, key));
    }
    return steps;
  };
  const coordinators = await tx.user.findMany({
    where: { tenantId: request.tenantId, status: "ACTIVE", roles: { has: "NATIONAL_COORDINATOR" } },
    select: RECIPIENT_SELECT,
  });
  if (coordinators.length) return tellAll(tx, coordinators);
  return asPlatform("enrolment request: tell the WCO Secretariat", async (platform) =>
    tellAll(
      platform,
      await platform.user.findMany({
        where: { status: "ACTIVE", roles: { has: "WCO_ADMIN" } },
        select: RECIPIENT_SELECT,
      }),
    ),
  );
}

/** Tells the officer of the decision, with the reason and, for a denial, from when they may ask again. */
export function tellRequester(
  tx: Tx,
  requester: Recipient,
  decision: { accept: boolean; reason: string | null; askAgainFrom: Date | null; courseId: string; course: Titles },
) {
  const locale = requester.locale ?? "en";
  const values = {
    course: titleIn(decision.course.translations, locale, decision.course.code),
    reason: decision.reason ?? "",
    askAgainFrom: decision.askAgainFrom
      ? new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(decision.askAgainFrom)
      : "",
  };
  const kind = decision.accept
    ? "enrolmentAccepted"
    : decision.reason
      ? "enrolmentDeniedWithReason"
      : "enrolmentDenied";
  return tell(tx, requester, kind, values, `/courses/${decision.courseId}`);
}
