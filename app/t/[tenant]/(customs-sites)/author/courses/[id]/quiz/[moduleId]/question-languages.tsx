import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/ui/text-link";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";

/**
 * Above a bank question's edit form (the quiz's and the bank's pages): the languages to edit it in, those it is
 * not yet written in marked, that the edit reaches every quiz using it, and what is still to translate.
 */
export async function QuestionLanguages({
  question,
  editLocale,
  address,
}: {
  question: { id: string; inLanguage: { languages: string[]; untranslated: boolean } };
  editLocale: Locale;
  address: (questionId: string, locale: string) => string;
}) {
  const t = await getTranslations("QuizAuthoring");
  return (
    <>
      <nav aria-label={t("editLanguages")} className="flex flex-wrap gap-2 text-sm">
        {LOCALES.map((l) => (
          <TextLink
            key={l}
            href={address(question.id, l)}
            lang={l}
            aria-current={l === editLocale ? "true" : undefined}
            className={l === editLocale ? "font-semibold" : undefined}
          >
            {LOCALE_NAMES[l]}
            {question.inLanguage.languages.includes(l) ? "" : ` (${t("untranslated")})`}
          </TextLink>
        ))}
      </nav>
      <p className="text-sm text-slate-600">{t("sharedEdit")}</p>
      {question.inLanguage.untranslated ? (
        <p className="rounded bg-amber-50 p-3 text-sm text-amber-900">
          {t("untranslatedHint", { language: LOCALE_NAMES[editLocale] })}
        </p>
      ) : null}
    </>
  );
}
