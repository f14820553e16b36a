import { Globe } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { LOCALES, LOCALE_NAMES } from "@/lib/i18n/locales";

/** One small form per language: works without JavaScript, and each choice is a real button for keyboards. */
export async function LanguageSwitcher({ returnTo }: { returnTo: string }) {
  const [t, current] = await Promise.all([getTranslations("Shell"), getLocale()]);
  return (
    <details className="relative">
      <summary
        className="flex min-h-11 cursor-pointer list-none items-center rounded px-2 hover:bg-white/10"
        aria-label={t("changeLanguage")}
      >
        <Globe size={18} aria-hidden="true" className="me-1 inline" />
        {LOCALE_NAMES[current as keyof typeof LOCALE_NAMES] ?? current}
      </summary>
      <ul
        className="absolute end-0 z-10 mt-1 min-w-48 rounded border border-slate-200 bg-white py-1 text-slate-900 shadow-lg"
        aria-label={t("language")}
      >
        {LOCALES.map((locale) => (
          <li key={locale}>
            <form action="/api/preferences/language" method="post">
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="returnTo" value={returnTo} />
              <button
                type="submit"
                lang={locale}
                aria-current={locale === current ? "true" : undefined}
                className="block min-h-11 w-full px-3 py-2 text-start hover:bg-slate-100 aria-[current=true]:font-semibold"
              >
                {LOCALE_NAMES[locale]}
              </button>
            </form>
          </li>
        ))}
      </ul>
    </details>
  );
}
