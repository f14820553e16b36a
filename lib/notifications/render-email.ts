// E-mail texts come from the "Email" namespace of messages/<locale>.json, in the recipient's language.
import { chooseLocale, formatMessage, messagesOf, type Messages } from "@/lib/i18n/catalogues";
import type { Locale } from "@/lib/i18n/locales";

export type EmailTemplate = keyof Messages["Email"];

export interface RenderedEmail {
  locale: Locale;
  subject: string;
  text: string;
}

export function renderEmail(
  template: EmailTemplate,
  locale: string | null | undefined,
  values: Record<string, string>,
): RenderedEmail {
  const chosen = chooseLocale(locale);
  const texts = messagesOf(chosen, "Email")[template] as { subject: string; body: string };
  return {
    locale: chosen,
    subject: formatMessage(chosen, texts.subject, values),
    text: formatMessage(chosen, texts.body, values),
  };
}
