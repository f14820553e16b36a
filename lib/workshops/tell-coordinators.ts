// When WCO staff decide on a participant (selected, waiting list, not selected, or moved up from the waiting
// list), the participant's administration's National Coordinators are told as well: an alert and an e-mail in
// their own language, each carrying the message the participant received, as the guide's Alerts panel does.
import { homeSiteUrl } from "@/lib/accounts/account-links";
import type { PlatformTx, TenantTx } from "@/lib/db";
import { createAlert } from "@/lib/notifications/create-alert";
import { queueEmail } from "@/lib/notifications/queue-email";
import { renderEmail } from "@/lib/notifications/render-email";
import { notify, RECIPIENT_SELECT, sessionValues, type Recipient, type SessionFacts } from "./notify";

export type ParticipantNotice = "workshopSelected" | "workshopWaitingList" | "workshopNotSelected" | "workshopPromoted";

/** What the coordinators' alert and e-mail are called, per notice to the participant. */
const COORDINATOR_NOTICE = {
  workshopSelected: "participantSelected",
  workshopWaitingList: "participantWaitingList",
  workshopNotSelected: "participantNotSelected",
  workshopPromoted: "participantPromoted",
} as const;

export interface Participant extends Recipient {
  lastName: string;
}

export const PARTICIPANT_SELECT = { ...RECIPIENT_SELECT, lastName: true } as const;

/** The member's bookings, as their coordinator sees them. */
export const memberBookingsPath = (userId: string) => `/team/${userId}?tab=bookings`;

// Every active coordinator of the participant's administration; `sent` is the participant's message.
async function tellCoordinators(
  tx: PlatformTx | TenantTx,
  participant: Participant,
  notice: ParticipantNotice,
  session: SessionFacts,
  sent: { subject: string; text: string },
  position: string,
): Promise<Array<() => Promise<void>>> {
  const coordinators = await (tx as PlatformTx).user.findMany({
    where: {
      tenantId: participant.tenantId,
      status: "ACTIVE",
      roles: { has: "NATIONAL_COORDINATOR" },
      id: { not: participant.id },
    },
    select: RECIPIENT_SELECT,
  });
  const kind = COORDINATOR_NOTICE[notice];
  const path = memberBookingsPath(participant.id);
  const steps = [];
  for (const coordinator of coordinators) {
    const values = {
      ...sessionValues(session, coordinator.locale),
      participant: `${participant.firstName} ${participant.lastName}`,
      position,
      subject: sent.subject,
      message: sent.text,
    };
    await createAlert(tx, { tenantId: coordinator.tenantId, userId: coordinator.id, kind, params: values, href: path });
    steps.push(
      await queueEmail(tx, {
        tenantId: coordinator.tenantId,
        to: coordinator.email,
        locale: coordinator.locale,
        template: kind,
        values: { ...values, firstName: coordinator.firstName, link: homeSiteUrl(coordinator.tenant, path) },
      }),
    );
  }
  return steps;
}

/**
 * Tells the participant (notify()) and then their coordinators, with the message the participant got.
 * `extra` holds the notice's own values (the waiting-list position). Returns the post-commit steps.
 */
export async function notifyParticipant(
  tx: PlatformTx | TenantTx,
  participant: Participant,
  notice: ParticipantNotice,
  session: SessionFacts,
  path: string,
  extra: { position?: string } = {},
): Promise<Array<() => Promise<void>>> {
  const values = { ...sessionValues(session, participant.locale), ...extra };
  const own = await notify(tx, participant, notice, values, path, undefined, session);
  const sent = renderEmail(notice, participant.locale, {
    ...values,
    firstName: participant.firstName,
    link: homeSiteUrl(participant.tenant, path),
  });
  return [own, ...(await tellCoordinators(tx, participant, notice, session, sent, extra.position ?? ""))];
}
