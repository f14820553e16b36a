// A text of the information point in the reader's language, else its original one, else any it has.
export function inLanguage<T extends { locale: string }>(texts: T[], locale: string, original: string): T | undefined {
  return texts.find((t) => t.locale === locale) ?? texts.find((t) => t.locale === original) ?? texts[0];
}
