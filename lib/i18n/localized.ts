// A text kept as { locale: text } (module and section titles, product names): the reader's language, else
// English, else any.
export function localized(values: Record<string, string>, locale: string): string {
  return values[locale] ?? values.en ?? Object.values(values)[0] ?? "";
}
