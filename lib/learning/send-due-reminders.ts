// Reminds learners of required learning whose due date is near: once per due date (a new date clears the mark),
// by a queued e-mail in the learner's language (unless they turned reminders off) and an alert, with the link
// to the course. Completed courses and suspended or deleted accounts get none.
import { homeSiteUrl } from "@/lib/accounts/account-links";
import { asPlatform } from "@/lib/db";
import { createAlert } from "@/lib/notifications/create-alert";
import { afterCommit, queueEmail } from "@/lib/notifications/queue-email";
import { RECIPIENT_SELECT } from "@/lib/workshops/notify";
import { titleIn } from "@/lib/workshops/session-title";

export const DUE_REMINDER_DAYS = 7;

/** Sends the reminders due at `now`; returns how many were sent. Safe to run from several processes at once. */
export async function sendDueReminders(now = new Date()): Promise<number> {
  const horizon = new Date(now.getTime() + DUE_REMINDER_DAYS * 86_400_000);
  const steps: Array<() => Promise<void>> = [];
  const sent = await asPlatform("required learning due reminders", async (tx) => {
    const due = await tx.enrolment.findMany({
      where: {
        dueAt: { gt: now, lte: horizon },
        assignedAt: { not: null },
        dueReminderSentAt: null,
        completedAt: null,
        user: { status: "ACTIVE" },
      },
      select: {
        id: true,
        tenantId: true,
        userId: true,
        courseId: true,
        dueAt: true,
        course: { select: { code: true, translations: { select: { locale: true, title: true } } } },
        user: { select: RECIPIENT_SELECT },
      },
      take: 500,
    });
    let count = 0;
    for (const enrolment of due) {
      // Claimed row by row, so a reminder run elsewhere at the same moment cannot send it twice.
      const claimed = await tx.enrolment.updateMany({
        where: { id: enrolment.id, dueReminderSentAt: null },
        data: { dueReminderSentAt: now },
      });
      if (claimed.count === 0) continue;
      const locale = enrolment.user.locale ?? "en";
      const course = titleIn(enrolment.course.translations, locale, enrolment.course.code);
      const path = `/courses/${enrolment.courseId}`;
      const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(enrolment.dueAt!);
      steps.push(
        await queueEmail(tx, {
          tenantId: enrolment.tenantId,
          to: enrolment.user.email,
          locale: enrolment.user.locale,
          template: "courseDueReminder",
          values: { firstName: enrolment.user.firstName, course, date, link: homeSiteUrl(enrolment.user.tenant, path) },
          optOuts: enrolment.user.emailOptOuts,
        }),
      );
      await createAlert(tx, {
        tenantId: enrolment.tenantId,
        userId: enrolment.userId,
        kind: "courseDueReminder",
        params: { course, date },
        href: path,
      });
      count++;
    }
    return count;
  });
  await afterCommit(steps);
  return sent;
}
