// Reminds learners of required learning whose due date is near: once per due date (a new date clears the mark),
// by a queued e-mail in the learner's language (unless they turned reminders off) and an alert, with the link
// to the course. Completed courses and suspended or deleted accounts get none.
import { remindOnce } from "@/lib/notifications/remind-once";
import { RECIPIENT_SELECT } from "@/lib/workshops/notify";
import { titleIn } from "@/lib/workshops/session-title";

export const DUE_REMINDER_DAYS = 7;

/** Sends the reminders due at `now`; returns how many were sent. Safe to run from several processes at once. */
export function sendDueReminders(now = new Date()): Promise<number> {
  return remindOnce(
    {
      kind: "courseDueReminder",
      reason: "required learning due reminders",
      days: DUE_REMINDER_DAYS,
      due: (tx, window) =>
        tx.enrolment.findMany({
          where: {
            dueAt: window,
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
        }),
      claim: async (tx, enrolment, at) =>
        (
          await tx.enrolment.updateMany({
            where: { id: enrolment.id, dueReminderSentAt: null },
            data: { dueReminderSentAt: at },
          })
        ).count > 0,
      reminder: (enrolment) => ({
        tenantId: enrolment.tenantId,
        userId: enrolment.userId,
        user: enrolment.user,
        course: titleIn(enrolment.course.translations, enrolment.user.locale ?? "en", enrolment.course.code),
        date: enrolment.dueAt!,
        path: `/courses/${enrolment.courseId}`,
      }),
    },
    now,
  );
}
