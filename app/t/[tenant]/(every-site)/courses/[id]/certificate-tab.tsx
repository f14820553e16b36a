import { getFormatter, getTranslations } from "next-intl/server";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { ButtonAnchor } from "@/components/ui/button-anchor";
import { Panel } from "@/components/ui/panel";
import { TextAnchor } from "@/components/ui/text-anchor";
import type { CertificateSummary } from "@/lib/certificates/list-certificates";

// The course's Certificate tab: "Get my certificate" once earned, its dates and status, recertification when it
// expires, and the learner's earlier certificates of the course.
export async function CertificateTab({
  courseId,
  hasCertificate,
  certificates,
}: {
  courseId: string;
  hasCertificate: boolean;
  certificates: CertificateSummary[];
}) {
  const [t, course, format] = await Promise.all([
    getTranslations("Certificates"),
    getTranslations("Course"),
    getFormatter(),
  ]);
  if (!hasCertificate) return <p>{course("noCertificate")}</p>;
  const [current, ...earlier] = certificates;
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long", timeZone: "UTC" });
  const line = (c: CertificateSummary) => (
    <>
      <span>{t("issuedOn", { date: date(c.issuedAt) })}</span>
      <span>{c.expiresAt ? t("validUntil", { date: date(c.expiresAt) }) : t("noExpiry")}</span>
      {c.grade !== null ? (
        <span>{t("grade", { grade: format.number(c.grade, { maximumFractionDigits: 1 }) })}</span>
      ) : null}
      <span className="font-semibold">{t(`statusValue.${c.status}`)}</span>
    </>
  );
  return (
    <div className="space-y-4">
      {!current ? (
        <p>{t("notYetEarned")}</p>
      ) : (
        <Panel as="div" className="space-y-3">
          <p className="flex flex-wrap gap-x-4 text-slate-700">{line(current)}</p>
          {current.status !== "REVOKED" ? (
            <ButtonAnchor href={`/api/certificates/${current.id}/pdf`} data-testid="get-certificate">
              {t("getMine")}
            </ButtonAnchor>
          ) : null}
          <p className="text-sm text-slate-600">
            {t("code")}:{" "}
            <TextAnchor href={`/verify/${current.code}`} dir="ltr" className="font-mono">
              {current.code}
            </TextAnchor>
          </p>
          {current.mayRecertify ? (
            <form
              action={`/api/courses/${courseId}/recertify`}
              method="post"
              className="space-y-2 border-t border-slate-200 pt-3"
            >
              <p>{t("recertifyHelp")}</p>
              <ConfirmButton question={t("recertifyConfirm")} variant="secondary">
                {t("recertify")}
              </ConfirmButton>
            </form>
          ) : null}
        </Panel>
      )}
      {earlier.length ? (
        <section className="space-y-2">
          <h2 className="text-lg font-semibold">{t("history")}</h2>
          <ul className="space-y-1">
            {earlier.map((c) => (
              <li key={c.id} className="flex flex-wrap gap-x-4 text-slate-700">
                {line(c)}
                <TextAnchor href={`/verify/${c.code}`} dir="ltr" className="font-mono">
                  {c.code}
                </TextAnchor>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
