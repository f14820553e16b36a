// Prices per currency in minor units (cents), as Stripe takes them.
import { z } from "zod";
import { numberFormat } from "@/lib/i18n/intl-formats";

export const STORE_CURRENCIES = ["usd", "eur", "gbp", "chf"] as const;
export type StoreCurrency = (typeof STORE_CURRENCIES)[number];
export type Prices = Partial<Record<StoreCurrency, number>>;

export const pricesSchema = z.partialRecord(z.enum(STORE_CURRENCIES), z.number().int().min(50).max(100_000_000));

export function parsePrices(value: unknown): Prices {
  const parsed = pricesSchema.safeParse(value);
  return parsed.success ? parsed.data : {};
}

export function isStoreCurrency(value: unknown): value is StoreCurrency {
  return (STORE_CURRENCIES as readonly unknown[]).includes(value);
}

export function formatMoney(minor: number, currency: string, locale: string): string {
  return numberFormat(locale, { style: "currency", currency: currency.toUpperCase() }).format(minor / 100);
}
