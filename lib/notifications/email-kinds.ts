// The kinds of e-mail a user may turn off on their Preferences page, and the templates of each. Every other
// template is an account e-mail (confirmation, password reset and change, account opened, receipts, seat
// invitations) and is always sent. Alerts in the Alerts panel are kept whatever the e-mail preferences.
import type { EmailTemplate } from "./render-email";

export const EMAIL_KINDS = {
  /** For approvers: a registration request or a workshop application waits for their decision. */
  requestsToDecide: ["registrationToApprove", "workshopApplication"],
  /** Decisions on the user's workshop applications, and changes to their sessions. */
  workshopDecisions: [
    "workshopAccepted",
    "workshopDenied",
    "workshopSelected",
    "workshopWaitingList",
    "workshopNotSelected",
    "workshopPromoted",
    "workshopSessionCancelled",
    "workshopSessionChanged",
  ],
  /** Reminders of the workshops and live events the user takes part in, and of required learning's due dates. */
  reminders: ["workshopReminder", "courseDueReminder"],
  /** A certificate about to expire. */
  certificates: ["certificateExpiring"],
} as const satisfies Record<string, readonly EmailTemplate[]>;

export type EmailKind = keyof typeof EMAIL_KINDS;

export const EMAIL_KIND_NAMES = Object.keys(EMAIL_KINDS) as EmailKind[];

export function isEmailKind(value: string): value is EmailKind {
  return Object.hasOwn(EMAIL_KINDS, value);
}

/** The kind a template belongs to; null for an account e-mail, which no preference turns off. */
export function emailKindOf(template: EmailTemplate): EmailKind | null {
  for (const kind of EMAIL_KIND_NAMES) {
    if ((EMAIL_KINDS[kind] as readonly EmailTemplate[]).includes(template)) return kind;
  }
  return null;
}

/** Whether a recipient's opt-outs stop this template. */
export function isTurnedOff(template: EmailTemplate, optOuts: readonly string[] | undefined): boolean {
  const kind = emailKindOf(template);
  return kind !== null && (optOuts ?? []).includes(kind);
}
