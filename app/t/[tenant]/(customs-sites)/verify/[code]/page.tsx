import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { authorOn } from "@/lib/authoring/author";
import { can } from "@/lib/permissions";
import { mayRevoke } from "@/lib/certificates/revoke-certificate";
import { verifyCertificate } from "@/lib/certificates/verify-certificate";
import { RevokeForm } from "./revoke-form";
import { loadPage, orNotFound } from "@/lib/http/load-page";
import { PageTitle } from "@/components/ui/page-title";

// Verification addresses are shared on paper and by QR code; search engines need not list holders' names.
export const metadata: Metadata = { robots: { index: false, follow: false } };

const BADGE = {
  VALID: "bg-green-100 text-green-900",
  EXPIRED: "bg-amber-100 text-amber-900",
  REVOKED: "bg-red-100 text-red-900",
  REPLACED: "bg-slate-200 text-slate-900",
} as const;

// Public (no sign-in): the certificate's status, holder, course and dates, and nothing else about the learner.
export default async function CertificateVerificationPage({ params }: { params: Promise<{ code: string }> }) {
  const [{ code }, context] = await Promise.all([params, loadPage()]);
  const certificate = await orNotFound(verifyCertificate(decodeURIComponent(code)));
  const [t, format] = await Promise.all([getTranslations("Certificates"), getFormatter()]);
  const revocable =
    certificate.status !== "REVOKED" &&
    can("authoring.author", context) &&
    mayRevoke(authorOn(context.site, context.viewer), certificate.issuerTenantId);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long", timeZone: "UTC" });
  return (
    <section className="max-w-2xl space-y-6">
      <PageTitle>{t("verifyTitle")}</PageTitle>
      <p
        className={`inline-block rounded px-3 py-1 text-lg font-semibold ${BADGE[certificate.status]}`}
        data-testid="certificate-status"
      >
        {t(`statusValue.${certificate.status}`)}
      </p>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-medium">{t("holder")}</dt>
        <dd dir="auto" data-testid="certificate-holder">
          {certificate.holderName}
        </dd>
        <dt className="font-medium">{t("course")}</dt>
        <dd dir="auto">{certificate.courseTitle}</dd>
        <dt className="font-medium">{t("issued")}</dt>
        <dd>{date(certificate.issuedAt)}</dd>
        <dt className="font-medium">{t("expires")}</dt>
        <dd>{certificate.expiresAt ? date(certificate.expiresAt) : t("noExpiry")}</dd>
        <dt className="font-medium">{t("code")}</dt>
        <dd dir="ltr" className="font-mono">
          {certificate.code}
        </dd>
      </dl>
      <p className="text-sm text-slate-600">{t("verifiedBy")}</p>
      {revocable ? <RevokeForm code={certificate.code} /> : null}
    </section>
  );
}
