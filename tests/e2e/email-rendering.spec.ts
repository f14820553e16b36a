// The HTML e-mails as a mail reader shows them: every template, in each of the seven languages, opened in
// Chromium with a screenshot in the test output; Arabic right to left; and every link of every message absolute
// and answered by the platform (a link check), the one-click unsubscribe address included (opening it asks
// first and changes nothing).
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { LOCALES } from "@/lib/i18n/locales";
import { messagesOf } from "@/lib/i18n/catalogues";
import { emailKindOf } from "@/lib/notifications/email-kinds";
import { renderEmailParts, type EmailTemplate } from "@/lib/notifications/render-email";
import { unsubscribeToken, unsubscribeUrl } from "@/lib/notifications/unsubscribe-token";
import { closeDatabase, query } from "./database";
import { siteUrl } from "./helpers";

const TEMPLATES = Object.keys(messagesOf("en", "Email")) as EmailTemplate[];
/** The templates shown in the test output, in every language. */
const SCREENSHOTS: EmailTemplate[] = ["workshopAccepted", "passwordReset", "discussionReply", "discussionDigest"];

/** A value for every placeholder of the template; its link is a page of the site. */
function valuesOf(template: EmailTemplate, site: string): Record<string, string> {
  const names = LOCALES.flatMap((locale) => {
    const { subject, body } = messagesOf(locale, "Email")[template] as { subject: string; body: string };
    return [...`${subject} ${body}`.matchAll(/\{(\w+)/g)].map((m) => m[1]);
  });
  return { ...Object.fromEntries(names.map((name) => [name, `«${name}»`])), link: `${site}/sign-in` };
}

test.afterAll(closeDatabase);

test("every e-mail renders in Chromium in every language, right to left in Arabic, with links that answer", async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000);
  // The server's own secret, so the unsubscribe address is one the server accepts.
  const secrets = JSON.parse(readFileSync(path.resolve(__dirname, "../../.data/e2e/secrets.json"), "utf8"));
  process.env.AUTH_SECRET = secrets.authSecret;
  const site = siteUrl("ke", "/").replace(/\/$/, "");
  const [kenya] = await query<{ id: string; name: string }>(`SELECT id, name FROM "Tenant" WHERE slug = 'ke'`);
  const [learner] = await query<{ email: string }>(`SELECT email FROM "User" WHERE username = 'ke.learner'`);
  const brand = { siteName: kenya.name, siteUrl: site, primaryColor: "#006600", accentColor: "#bb0000", logoUrl: null };
  const links = new Set<string>();
  for (const locale of LOCALES) {
    for (const template of TEMPLATES) {
      const kind = emailKindOf(template);
      const unsubscribe = kind
        ? unsubscribeUrl(site, unsubscribeToken({ tenantId: kenya.id, address: learner.email, kind }))
        : null;
      const parts = await renderEmailParts(template, locale, valuesOf(template, site), {
        brand,
        kind,
        unsubscribeUrl: unsubscribe,
      });
      await page.setContent(parts.html);
      await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByText(kenya.name)).toBeVisible();
      if (SCREENSHOTS.includes(template)) {
        await testInfo.attach(`${template}-${locale}.png`, {
          body: await page.screenshot({ fullPage: true }),
          contentType: "image/png",
        });
      }
      for (const href of await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href")!))) {
        expect(href, `${template} in ${locale}`).toMatch(/^https?:\/\//);
        links.add(href);
      }
      expect(parts.text).toContain(`${site}/preferences`);
    }
  }
  // The link check: each distinct address, opened as a reader would, answers with a page of the platform.
  for (const link of links) {
    const response = await page.goto(link);
    expect(response?.status(), link).toBeLessThan(400);
  }
  const unsubscribePage = [...links].find((link) => link.includes("/api/unsubscribe/"))!;
  await page.goto(unsubscribePage);
  await expect(page.getByRole("button", { name: "Unsubscribe" })).toBeVisible();
  const [after] = await query<{ emailOptOuts: string[] }>(`SELECT "emailOptOuts" FROM "User" WHERE email = $1`, [
    learner.email,
  ]);
  expect(after.emailOptOuts).toEqual([]);
});
