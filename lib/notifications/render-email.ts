// E-mail texts come from the "Email" namespace of messages/<locale>.json, in the recipient's language.
import { IntlMessageFormat } from "intl-messageformat";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import es from "@/messages/es.json";
import fr from "@/messages/fr.json";
import ptBR from "@/messages/pt-BR.json";
import pt from "@/messages/pt.json";
import ru from "@/messages/ru.json";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";

export type EmailTemplate = keyof (typeof en)["Email"];
type EmailTexts = Record<string, { subject: string; body: string }>;

const CATALOGUES: Record<Locale, { Email: EmailTexts }> = { en, fr, es, pt, "pt-BR": ptBR, ru, ar } as unknown as Record<Locale, { Email: EmailTexts }>;

export interface RenderedEmail {
  locale: Locale;
  subject: string;
  text: string;
}

export function renderEmail(template: EmailTemplate, locale: string | null | undefined, values: Record<string, string>): RenderedEmail {
  const chosen: Locale = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const texts = CATALOGUES[chosen].Email[template] ?? CATALOGUES.en.Email[template];
  const format = (message: string) => String(new IntlMessageFormat(message, chosen).format(values));
  return { locale: chosen, subject: format(texts.subject), text: format(texts.body) };
}
