// Issues the certificate of a completed course, once per completion (cycle), in the learner's transaction.
// Everything the PDF and the verification page show is copied now, so the certificate never changes after.
import type { TenantTx } from "@/lib/db";
import { getPlatformSettings } from "@/lib/console/get-platform-settings";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { newCertificateCode } from "./certificate-code";

interface CompletedEnrolment {
  tenantId: string;
  userId: string;
  courseId: string;
  cycle: number;
  completedAt: Date;
  grade: number | null;
}

/** The certificate's language: the learner's own when the course has it, else the course's first, else English. */
export function certificateLocale(
  userLocale: string | null,
  translations: string[],
  courseLanguages: string[],
): string {
  if (userLocale && translations.includes(userLocale)) return userLocale;
  return (
    courseLanguages.find((l) => translations.includes(l)) ??
    (translations.includes(DEFAULT_LOCALE) ? DEFAULT_LOCALE : (translations[0] ?? DEFAULT_LOCALE))
  );
}

export function addMonths(date: Date, months: number): Date {
  const result = new Date(date);
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}

export async function issueCertificate(tx: TenantTx, enrolment: CompletedEnrolment): Promise<void> {
  const course = await tx.course.findFirst({
    where: { id: enrolment.courseId },
    select: {
      hasCertificate: true,
      isCore: true,
      tenantId: true,
      languages: true,
      certificateValidityMonths: true,
      code: true,
      translations: { select: { locale: true, title: true } },
    },
  });
  if (!course?.hasCertificate) return;
  const [user, settings, issuer] = await Promise.all([
    tx.user.findFirstOrThrow({
      where: { id: enrolment.userId },
      select: { firstName: true, lastName: true, locale: true },
    }),
    getPlatformSettings(),
    course.isCore
      ? null
      : tx.tenant.findUnique({
          where: { id: course.tenantId },
          select: { id: true, signatoryName: true, signatoryTitle: true },
        }),
  ]);
  const locale = certificateLocale(
    user.locale,
    course.translations.map((t) => t.locale),
    course.languages,
  );
  await tx.certificate.createMany({
    data: [
      {
        tenantId: enrolment.tenantId,
        userId: enrolment.userId,
        courseId: enrolment.courseId,
        cycle: enrolment.cycle,
        code: newCertificateCode(),
        locale,
        holderName: `${user.firstName} ${user.lastName}`.trim(),
        courseTitle: course.translations.find((t) => t.locale === locale)?.title ?? course.code,
        grade: enrolment.grade,
        issuedAt: enrolment.completedAt,
        expiresAt: course.certificateValidityMonths
          ? addMonths(enrolment.completedAt, course.certificateValidityMonths)
          : null,
        signatoryName: settings.secretaryGeneralName,
        issuerTenantId: issuer?.id ?? null,
        issuerSignatoryName: issuer?.signatoryName ?? null,
        issuerSignatoryTitle: issuer?.signatoryTitle ?? null,
      },
    ],
    skipDuplicates: true,
  });
  await tx.certificate.updateMany({
    where: { userId: enrolment.userId, courseId: enrolment.courseId, cycle: { lt: enrolment.cycle }, replacedAt: null },
    data: { replacedAt: enrolment.completedAt },
  });
}
