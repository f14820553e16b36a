// The interface languages and how a request's language is chosen: the user's preference, then the
// language cookie, then the browser's Accept-Language, then the site's default language, then English.

export const LOCALES = ["en", "fr", "es", "pt", "pt-BR", "ru", "ar"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "NEXT_LOCALE";

/** Each language's name in itself, as the language switcher shows it. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  fr: "Français",
  es: "Español",
  pt: "Português",
  "pt-BR": "Português (Brasil)",
  ru: "Русский",
  ar: "العربية",
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function textDirection(locale: Locale): "ltr" | "rtl" {
  return locale === "ar" ? "rtl" : "ltr";
}

/** The best supported locale for an Accept-Language header, or null. */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale | null {
  const ranges = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((range) => range.tag && range.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranges) {
    const exact = LOCALES.find((locale) => locale.toLowerCase() === tag);
    if (exact) return exact;
    const primary = tag.split("-")[0];
    // Brazilian Portuguese has its own locale; every other Portuguese variant falls back to pt.
    const byLanguage = LOCALES.find((locale) => locale === primary);
    if (byLanguage) return byLanguage;
  }
  return null;
}

/** The user's preference, then the cookie, then the browser's languages, then the site's default language. */
export function chooseLocale(input: {
  preference?: string | null;
  cookie?: string | null;
  acceptLanguage?: string | null;
  siteDefault?: string | null;
}): Locale {
  if (isLocale(input.preference)) return input.preference;
  if (isLocale(input.cookie)) return input.cookie;
  return negotiateLocale(input.acceptLanguage) ?? (isLocale(input.siteDefault) ? input.siteDefault : DEFAULT_LOCALE);
}
