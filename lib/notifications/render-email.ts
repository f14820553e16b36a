// E-mail texts come from the "Email" namespace of messages/<locale>.json, in the recipient's language. The text
// part is the template's text with the footer; the HTML part is the same text in the site's layout
// (email-layout.tsx, React Email), right to left for Arabic.
import { render } from "@react-email/render";
import { createElement } from "react";
import { chooseLocale, formatMessage, messagesOf, type Messages } from "@/lib/i18n/catalogues";
import { textDirection, type Locale } from "@/lib/i18n/locales";
import type { EmailBrand } from "./email-brand";
import { EmailLayout } from "./email-layout";

export type EmailTemplate = keyof Messages["Email"];

export interface RenderedEmail {
  locale: Locale;
  subject: string;
  text: string;
}

export interface EmailParts extends RenderedEmail {
  html: string;
}

/** The template's subject and text in the recipient's language, without the layout. */
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

/** Between a plain-text message and its footer (the usual signature separator, "-- " on a line of its own). */
export const FOOTER_SEPARATOR = "\n\n-- \n";

export interface EmailFrame {
  brand: EmailBrand;
  /** The preference kind of the template (its name in Preferences.kind), or null for an account e-mail. */
  kind: string | null;
  unsubscribeUrl: string | null;
}

/** Both parts of the message, in the site's layout with its footer. */
export async function renderEmailParts(
  template: EmailTemplate,
  locale: string | null | undefined,
  values: Record<string, string>,
  frame: EmailFrame,
): Promise<EmailParts> {
  const rendered = renderEmail(template, locale, values);
  const chosen = rendered.locale;
  const layout = messagesOf(chosen, "EmailLayout");
  const kindName = frame.kind ? (messagesOf(chosen, "Preferences").kind as Record<string, string>)[frame.kind] : null;
  const texts = {
    platformName: messagesOf(chosen, "Shell").platformName,
    open: layout.open,
    reason: kindName ? formatMessage(chosen, layout.reasonKind, { kind: kindName }) : layout.reasonAccount,
    unsubscribe: frame.unsubscribeUrl ? layout.unsubscribe : null,
    preferences: layout.preferences,
  };
  const preferencesUrl = `${frame.brand.siteUrl}/preferences`;
  const html = await render(
    createElement(EmailLayout, {
      lang: chosen,
      dir: textDirection(chosen),
      subject: rendered.subject,
      body: rendered.text,
      link: values.link ?? null,
      brand: frame.brand,
      texts,
      unsubscribeUrl: frame.unsubscribeUrl,
      preferencesUrl,
    }),
  );
  const footer = [
    texts.reason,
    ...(frame.unsubscribeUrl && texts.unsubscribe ? [`${texts.unsubscribe}: ${frame.unsubscribeUrl}`] : []),
    `${texts.preferences}: ${preferencesUrl}`,
  ];
  return { ...rendered, text: `${rendered.text}${FOOTER_SEPARATOR}${footer.join("\n")}`, html };
}
