// The reminder before a session: an alert and an e-mail to each selected participant of the sessions that
// start within 48 hours, once (reminderSentAt). Run by the background workers every 15 minutes.
import { asPlatform } from "@/lib/db";
import { afterCommit } from "@/lib/notifications/queue-email";
import { applicationPath, notify, RECIPIENT_SELECT, SESSION_FACTS_SELECT, sessionValues } from "./notify";

export const REMINDER_LEAD_MS = 48 * 60 * 60 * 1000;

/** Sends the reminders due at `now`; returns how many were sent. */
export async function sendWorkshopReminders(now = new Date()): Promise<number> {
  const steps = await asPlatform("workshop reminders", async (tx) => {
    const due = await tx.workshopApplication.findMany({
      where: {
        status: "SELECTED",
        reminderSentAt: null,
        session: { startsAt: { gt: now, lte: new Date(now.getTime() + REMINDER_LEAD_MS) } },
      },
      select: { id: true, user: { select: RECIPIENT_SELECT }, session: { select: SESSION_FACTS_SELECT } },
      take: 500,
    });
    const sent = [];
    for (const application of due) {
      // Claimed row by row, so two workers running at once never send the same reminder twice.
      const claimed = await tx.workshopApplication.updateMany({
        where: { id: application.id, reminderSentAt: null },
        data: { reminderSentAt: now },
      });
      if (claimed.count)
        sent.push(
          await notify(
            tx,
            application.user,
            "workshopReminder",
            sessionValues(application.session, application.user.locale),
            applicationPath(application.id),
          ),
        );
    }
    return sent;
  });
  await afterCommit(steps);
  return steps.length;
}
