import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignatureForm } from "@/components/forms/signature-form";
import { readSignatory } from "@/lib/certificates/read-signatory";
import { uploadSignatorySignatureAction } from "./actions";
import { SignatoryForm } from "./signatory-form";
import { loadPage } from "@/lib/http/load-page";
import { authorOn } from "@/lib/authoring/author";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";

// An administration's own certificate signatory, set by its tenant admins (WCO courses are signed by the
// Secretary General alone, set in the WCO console).
export default async function SignatoryPage() {
  const { site, viewer } = await loadPage({ signIn: "/author/signatory", can: "authoring.author" });
  const author = authorOn(site, viewer);
  if (author.core) notFound();
  const [t, news, consoleTexts, signatory] = await Promise.all([
    getTranslations("Certificates"),
    getTranslations("News"),
    getTranslations("Console"),
    readSignatory(author),
  ]);
  return (
    <div className="max-w-xl space-y-6">
      <p>
        <TextLink href="/author/courses">{news("backToCourses")}</TextLink>
      </p>
      <PageTitle>{t("signatoryTitle")}</PageTitle>
      <p className="text-slate-700">{t("signatoryIntro")}</p>
      <SignatoryForm name={signatory.signatoryName} title={signatory.signatoryTitle} />
      <p className="text-sm text-slate-600">
        {signatory.hasSignature ? consoleTexts("currentSignature") : consoleTexts("noSignature")}
      </p>
      <SignatureForm action={uploadSignatorySignatureAction} />
    </div>
  );
}
