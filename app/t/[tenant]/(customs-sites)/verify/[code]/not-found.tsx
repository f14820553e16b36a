import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { PageTitle } from "@/components/ui/page-title";
import { CertificateCodeForm } from "../code-form";

// An unknown or malformed code (404): the reader of a certificate learns that no valid certificate has it, not
// that a page is missing, and may type the code again.
export default async function UnknownCertificate() {
  const t = await getTranslations("Certificates");
  return (
    <section className="max-w-xl space-y-4">
      <PageTitle>{t("verifyTitle")}</PageTitle>
      <Notice tone="error" bordered data-testid="certificate-unknown">
        {t("unknownCode")}
      </Notice>
      <p className="text-slate-700">{t("unknownCodeHelp")}</p>
      <CertificateCodeForm />
    </section>
  );
}
