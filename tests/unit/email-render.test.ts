// Both parts of every template in every language: the HTML part in the site's layout with the recipient's
// language and direction, every address in it absolute, and the text part with the same footer.
import { LOCALES } from "@/lib/i18n/locales";
import { messagesOf } from "@/lib/i18n/catalogues";
import type { EmailBrand } from "@/lib/notifications/email-brand";
import { emailKindOf } from "@/lib/notifications/email-kinds";
import { renderEmailParts, type EmailTemplate } from "@/lib/notifications/render-email";

const brand: EmailBrand = {
  siteName: "Kenya Revenue Authority",
  siteUrl: "http://ke.localhost:3000",
  primaryColor: "#006600",
  accentColor: "#bb0000",
  logoUrl: "http://ke.localhost:3000/api/site/logo?v=1",
};
const TEMPLATES = Object.keys(messagesOf("en", "Email")) as EmailTemplate[];
const LINK = "http://ke.localhost:3000/courses/abc";

/** A value for every placeholder of the template, in every language. */
function valuesOf(template: EmailTemplate): Record<string, string> {
  const names = LOCALES.flatMap((locale) => {
    const { subject, body } = messagesOf(locale, "Email")[template] as { subject: string; body: string };
    return [...`${subject} ${body}`.matchAll(/\{(\w+)/g)].map((m) => m[1]);
  });
  return { ...Object.fromEntries(names.map((name) => [name, `«${name}»`])), link: LINK };
}

describe("the e-mail templates", () => {
  it.each(LOCALES)("render both parts of every template in %s", async (locale) => {
    for (const template of TEMPLATES) {
      const kind = emailKindOf(template);
      const unsubscribeUrl = kind ? "http://ke.localhost:3000/api/unsubscribe/a.b" : null;
      const parts = await renderEmailParts(template, locale, valuesOf(template), { brand, kind, unsubscribeUrl });
      expect(parts.html).toContain(`lang="${locale}"`);
      expect(parts.html).toContain(`dir="${locale === "ar" ? "rtl" : "ltr"}"`);
      expect(parts.html).toContain("Kenya Revenue Authority");
      expect(parts.html).toContain("#006600");
      const hrefs = [...parts.html.matchAll(/(?:href|src)="([^"]*)"/g)].map((m) => m[1]);
      expect(hrefs.length).toBeGreaterThan(1);
      for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
      expect(parts.text).toContain("http://ke.localhost:3000/preferences");
      if (kind) {
        expect(parts.html).toContain(unsubscribeUrl);
        expect(parts.text).toContain(unsubscribeUrl);
      } else {
        expect(parts.html).not.toContain("/api/unsubscribe/");
      }
    }
  });
});
