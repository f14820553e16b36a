import { getTranslations } from "next-intl/server";
import { getPlatformSettings } from "@/lib/console/get-platform-settings";
import { readTerms } from "@/lib/console/read-terms";
import { LocaleTabs } from "@/components/forms/locale-tabs";
import { isLocale } from "@/lib/i18n/locales";
import { SignatureForm } from "@/components/forms/signature-form";
import { uploadSignatureAction } from "./actions";
import { SignatoryForm, TermsForm } from "./settings-forms";
import { loadPage } from "@/lib/http/load-page";
import { PageTitle } from "@/components/ui/page-title";
import { SectionTitle } from "@/components/ui/section-title";
import { Panel } from "@/components/ui/panel";

// Platform settings: who signs certificates, and the Terms and Conditions in each language.
export default async function PlatformSettingsPage({ searchParams }: { searchParams: Promise<{ locale?: string }> }) {
  await loadPage({ signIn: "/admin/settings", can: "console.administer" });
  const { locale: requested } = await searchParams;
  const locale = isLocale(requested) ? requested : "en";
  const [t, settings, terms] = await Promise.all([
    getTranslations("Console"),
    getPlatformSettings(),
    readTerms(locale),
  ]);
  return (
    <div className="space-y-6">
      <PageTitle>{t("settings")}</PageTitle>
      <div className="grid gap-6 lg:grid-cols-2">
        <Panel className="space-y-4" aria-labelledby="signatory-title">
          <SectionTitle id="signatory-title">{t("signatory")}</SectionTitle>
          <SignatoryForm name={settings.secretaryGeneralName} />
          {settings.hasSignature ? (
            // eslint-disable-next-line @next/next/no-img-element -- a small image from the console's own route
            <img
              src={`/api/console/signature?v=${settings.updatedAt?.getTime()}`}
              alt={t("currentSignature")}
              className="h-16 w-auto border border-slate-200"
            />
          ) : (
            <p className="text-sm text-slate-600">{t("noSignature")}</p>
          )}
          <SignatureForm action={uploadSignatureAction} />
        </Panel>
        <Panel className="space-y-4" aria-labelledby="terms-title">
          <SectionTitle id="terms-title">{t("terms")}</SectionTitle>
          <LocaleTabs label={t("termsLanguage")} current={locale} />
          {terms && terms.locale !== locale ? <p className="text-sm text-amber-800">{t("termsFallback")}</p> : null}
          <TermsForm key={locale} locale={locale} body={terms?.locale === locale ? terms.body : ""} />
        </Panel>
      </div>
    </div>
  );
}
