// The kinds of notice a user may turn off on their Preferences page, by e-mail and in the Alerts panel, and the
// templates of each (an alert is named after its template). Every other template is an account e-mail
// (confirmation, password reset and change, e-mail change, account opened and decided, receipts, seat
// invitations): always sent, never unsubscribable (ADR 0045). An alert that asks for a decision is always kept.
import type { EmailTemplate } from "./render-email";

export const EMAIL_KINDS = {
  /** For approvers: a registration request, a course request or a workshop application waits for their decision. */
  requestsToDecide: ["registrationToApprove", "workshopApplication", "enrolmentRequest"],
  /** Decisions on the user's requests to join a course. */
  registrationDecisions: ["enrolmentAccepted", "enrolmentDenied", "enrolmentDeniedWithReason"],
  /** Decisions on the user's workshop applications (or, for coordinators, their officers'), and session changes. */
  workshopDecisions: [
    "workshopAccepted",
    "workshopDenied",
    "workshopSelected",
    "workshopWaitingList",
    "workshopNotSelected",
    "workshopPromoted",
    "workshopSessionCancelled",
    "workshopSessionChanged",
    "participantSelected",
    "participantWaitingList",
    "participantNotSelected",
    "participantPromoted",
  ],
  /** Reminders of the workshops and live events the user takes part in, and of required learning's due dates. */
  reminders: ["workshopReminder", "courseDueReminder"],
  /** Replies in the course discussions the user follows, one by one or in the daily digest. */
  discussionReplies: ["discussionReply", "discussionDigest"],
  /** Messages from tutors, coordinators and other participants. */
  messages: ["newMessage"],
  /** A certificate about to expire. */
  certificates: ["certificateExpiring"],
  /** For National Coordinators and WCO staff: the Secretariat's announcements on the information point. */
  announcements: ["infoPointAnnouncement"],
} as const satisfies Record<string, readonly EmailTemplate[]>;

export type EmailKind = keyof typeof EMAIL_KINDS;

export const EMAIL_KIND_NAMES = Object.keys(EMAIL_KINDS) as EmailKind[];

/** The kinds the Academy's Preferences page offers: its learners decide no requests and apply to no workshops. */
export const ACADEMY_KIND_NAMES: readonly EmailKind[] = ["reminders", "discussionReplies", "messages", "certificates"];

/** The kinds a site's Preferences page offers. */
export const kindsOfferedOn = (site: { kind: "root" | "tenant" | "academy" }): readonly EmailKind[] =>
  site.kind === "academy" ? ACADEMY_KIND_NAMES : EMAIL_KIND_NAMES;

export function isEmailKind(value: string): value is EmailKind {
  return Object.hasOwn(EMAIL_KINDS, value);
}

/** The kind a template (or an alert named after one) belongs to; null for an account e-mail or another alert. */
export function emailKindOf(template: string): EmailKind | null {
  for (const kind of EMAIL_KIND_NAMES) {
    if ((EMAIL_KINDS[kind] as readonly string[]).includes(template)) return kind;
  }
  return null;
}

/** Whether a recipient's opt-outs stop this template. */
export function isTurnedOff(template: string, optOuts: readonly string[] | undefined): boolean {
  const kind = emailKindOf(template);
  return kind !== null && (optOuts ?? []).includes(kind);
}
