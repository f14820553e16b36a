import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { RichText } from "@/components/rich-text";
import { readTerms } from "@/lib/console/read-terms";
import { PageTitle } from "@/components/ui/page-title";

// The Terms and Conditions of use, in the reader's language (English when not yet translated); public.
export default async function TermsPage() {
  const locale = await getLocale();
  const [t, format, terms] = await Promise.all([getTranslations("Terms"), getFormatter(), readTerms(locale)]);
  return (
    <article className="max-w-3xl space-y-4">
      <PageTitle>{t("title")}</PageTitle>
      {terms ? (
        <>
          <div lang={terms.locale}>
            <RichText source={terms.body} />
          </div>
          <p className="text-sm text-slate-600">
            {t("updated", { date: format.dateTime(terms.updatedAt, { dateStyle: "long" }) })}
          </p>
        </>
      ) : (
        <p>{t("none")}</p>
      )}
    </article>
  );
}
