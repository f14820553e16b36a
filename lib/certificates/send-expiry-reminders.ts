// Reminds holders that a certificate expires within the reminder window: once per certificate, by a queued
// e-mail in the holder's language and an alert, with the link to the course where they can recertify.
import { remindOnce } from "@/lib/notifications/remind-once";
import { RECIPIENT_SELECT } from "@/lib/workshops/notify";

export const EXPIRY_REMINDER_DAYS = 30;

/** Sends the reminders due at `now`; returns how many were sent. Safe to run from several processes at once. */
export function sendCertificateExpiryReminders(now = new Date()): Promise<number> {
  return remindOnce(
    {
      kind: "certificateExpiring",
      reason: "certificate expiry reminders",
      days: EXPIRY_REMINDER_DAYS,
      due: (tx, window) =>
        tx.certificate.findMany({
          where: {
            expiresAt: window,
            expiryReminderSentAt: null,
            revokedAt: null,
            replacedAt: null,
            user: { status: "ACTIVE" },
          },
          select: {
            id: true,
            tenantId: true,
            userId: true,
            courseId: true,
            courseTitle: true,
            expiresAt: true,
            user: {
              select: RECIPIENT_SELECT,
            },
          },
          take: 500,
        }),
      claim: async (tx, certificate, at) =>
        (
          await tx.certificate.updateMany({
            where: { id: certificate.id, expiryReminderSentAt: null },
            data: { expiryReminderSentAt: at },
          })
        ).count > 0,
      reminder: (certificate) => ({
        tenantId: certificate.tenantId,
        userId: certificate.userId,
        user: certificate.user,
        course: certificate.courseTitle,
        date: certificate.expiresAt!,
        path: `/courses/${certificate.courseId}?tab=certificate`,
      }),
    },
    now,
  );
}
