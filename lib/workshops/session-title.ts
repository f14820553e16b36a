/** A session's course title in the reader's language, else English, else the course's code. */
export const titleIn = (translations: Array<{ locale: string; title: string }>, locale: string, code: string) =>
  translations.find((t) => t.locale === locale)?.title ?? translations.find((t) => t.locale === "en")?.title ?? code;
