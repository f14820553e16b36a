import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignatureForm } from "@/components/forms/signature-form";
import { readSignatory } from "@/lib/certificates/signatory";
import { requireAuthor } from "../courses/guard";
import { uploadSignatorySignatureAction } from "./actions";
import { SignatoryForm } from "./signatory-form";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";

// An administration's own certificate signatory, set by its tenant admins (WCO courses are signed by the
// Secretary General alone, set in the WCO console).
export default async function SignatoryPage() {
  const { author } = await requireAuthor("/author/signatory");
  if (author.core) notFound();
  const [t, news, consoleTexts, signatory] = await Promise.all([getTranslations("Certificates"), getTranslations("News"), getTranslations("Console"), readSignatory(author)]);
  return (
    <div className="max-w-xl space-y-6">
      <p><TextLink href="/author/courses">{news("backToCourses")}</TextLink></p>
      <PageTitle>{t("signatoryTitle")}</PageTitle>
      <p className="text-slate-700">{t("signatoryIntro")}</p>
      <SignatoryForm name={signatory.signatoryName} title={signatory.signatoryTitle} />
      <p className="text-sm text-slate-600">{signatory.hasSignature ? consoleTexts("currentSignature") : consoleTexts("noSignature")}</p>
      <SignatureForm action={uploadSignatorySignatureAction} />
    </div>
  );
}
