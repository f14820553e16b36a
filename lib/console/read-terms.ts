import { registry } from "@/lib/db";

/** The Terms and Conditions in the reader's language, else in English; null before any were written. */
export async function readTerms(locale: string): Promise<{ locale: string; body: string; updatedAt: Date } | null> {
  const rows = await registry.terms().findMany({ where: { locale: { in: [locale, "en"] } } });
  return rows.find((row) => row.locale === locale) ?? rows.find((row) => row.locale === "en") ?? null;
}
