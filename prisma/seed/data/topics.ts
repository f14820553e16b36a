export type Locale = "en" | "fr" | "es" | "pt" | "pt-BR" | "ru" | "ar";
export interface TopicSeed { slug: string; names: Record<Locale, string> }
export const TOPICS: readonly TopicSeed[] = [{ slug: "tariff-classification", names: { en: "HS", fr: "SH", es: "SA", pt: "SH", "pt-BR": "SH", ru: "ГС", ar: "النظام المنسق" } }];
