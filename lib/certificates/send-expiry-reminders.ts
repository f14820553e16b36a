// Reminds holders that a certificate expires within the reminder window: once per certificate, by a queued
// e-mail in the holder's language and an alert, with the link to the course where they can recertify.
import { homeSiteUrl } from "@/lib/accounts/account-links";
import { asPlatform } from "@/lib/db";
import { createAlert } from "@/lib/notifications/create-alert";
import { afterCommit, queueEmail } from "@/lib/notifications/queue-email";

export const EXPIRY_REMINDER_DAYS = 30;

/** Sends the reminders due at `now`; returns how many were sent. Safe to run from several processes at once. */
export async function sendCertificateExpiryReminders(now = new Date()): Promise<number> {
  const horizon = new Date(now.getTime() + EXPIRY_REMINDER_DAYS * 86_400_000);
  const steps: Array<() => Promise<void>> = [];
  const sent = await asPlatform("certificate expiry reminders", async (tx) => {
    const due = await tx.certificate.findMany({
      where: {
        expiresAt: { gt: now, lte: horizon },
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
          select: {
            firstName: true,
            email: true,
            locale: true,
            emailOptOuts: true,
            tenant: { select: { kind: true, slug: true, spaceEnabled: true } },
          },
        },
      },
      take: 500,
    });
    let count = 0;
    for (const certificate of due) {
      // Claimed row by row, so a reminder run elsewhere at the same moment cannot send it twice.
      const claimed = await tx.certificate.updateMany({
        where: { id: certificate.id, expiryReminderSentAt: null },
        data: { expiryReminderSentAt: now },
      });
      if (claimed.count === 0) continue;
      const path = `/courses/${certificate.courseId}?tab=certificate`;
      const date = new Intl.DateTimeFormat(certificate.user.locale ?? "en", {
        dateStyle: "long",
        timeZone: "UTC",
      }).format(certificate.expiresAt!);
      steps.push(
        await queueEmail(tx, {
          tenantId: certificate.tenantId,
          to: certificate.user.email,
          locale: certificate.user.locale,
          template: "certificateExpiring",
          values: {
            firstName: certificate.user.firstName,
            course: certificate.courseTitle,
            date,
            link: homeSiteUrl(certificate.user.tenant, path),
          },
          optOuts: certificate.user.emailOptOuts,
        }),
      );
      await createAlert(tx, {
        tenantId: certificate.tenantId,
        userId: certificate.userId,
        kind: "certificateExpiring",
        params: { course: certificate.courseTitle, date },
        href: path,
      });
      count++;
    }
    return count;
  });
  await afterCommit(steps);
  return sent;
}
