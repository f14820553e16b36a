// A recorded field's name as the audit log shows it, in the reader's language: each part of its path that is a
// field (`status`, `prices`) is translated (Console.auditField); a part that is data (a currency, a language
// code, a list index) stays as recorded: `prices.usd` reads "Prices › usd".

export interface FieldTranslator {
  has(key: string): boolean;
  (key: string): string;
}

export function auditFieldLabel(field: string, t: FieldTranslator): string {
  return field
    .split(".")
    .map((part) => (t.has(part) ? t(part) : part))
    .join(" › ");
}
