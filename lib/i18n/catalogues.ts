// The message catalogues for code that writes in a language other than the request's (e-mails in the
// recipient's language, certificates in their own language).
import { IntlMessageFormat } from "intl-messageformat";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import es from "@/messages/es.json";
import fr from "@/messages/fr.json";
import ptBR from "@/messages/pt-BR.json";
import pt from "@/messages/pt.json";
import ru from "@/messages/ru.json";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";

export type Messages = typeof en;
const CATALOGUES: Record<Locale, Messages> = { en, fr, es, pt, "pt-BR": ptBR, ru, ar } as unknown as Record<
  Locale,
  Messages
>;

export function chooseLocale(locale: string | null | undefined): Locale {
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

/** A namespace of messages in `locale` (English where a key is missing). */
export function messagesOf<N extends keyof Messages>(locale: Locale, namespace: N): Messages[N] {
  return { ...CATALOGUES.en[namespace], ...CATALOGUES[locale][namespace] };
}

export function formatMessage(locale: Locale, message: string, values: Record<string, string> = {}): string {
  return String(new IntlMessageFormat(message, locale).format(values));
}
