// A news item as pages show it: in one language, the reader's or else the item's original one.
import type { Locale } from "@/lib/i18n/locales";

export interface NewsView {
  id: string;
  /** The language of the title and text shown. */
  locale: string;
  title: string;
  body: string;
  publishedAt: Date;
}

/** An item's columns and every translation, read for showing it in one language. */
export const SELECT = {
  id: true,
  originalLocale: true,
  publishedAt: true,
  translations: { select: { locale: true, title: true, body: true } },
} as const;

interface StoredNews {
  id: string;
  originalLocale: string;
  publishedAt: Date;
  translations: { locale: string; title: string; body: string }[];
}

/** The item in the reader's language, or else in its original language (or, lacking that, any it has). */
export function inLanguage(item: StoredNews, locale: Locale | string): NewsView {
  const text = item.translations.find((t) => t.locale === locale) ??
    item.translations.find((t) => t.locale === item.originalLocale) ??
    item.translations[0] ?? { locale: item.originalLocale, title: "", body: "" };
  return { id: item.id, publishedAt: item.publishedAt, ...text };
}
