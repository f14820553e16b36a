// A new language applies to the next page without a reload: after the header's switch (English → Arabic) and after
// saving the Preferences page (Arabic → French), a client-side navigation shows a page whose <html lang dir> and
// headings are in the new language, Arabic right to left. At desktop and phone size, every page checked.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, signIn, siteUrl, switchToEnglish } from "./helpers";
import { checkPage, openMenu, SIZES } from "./page-checks";

const SIGN_IN_MS = 30_000;

/** Marks the document: a full page load would lose the mark. */
const markDocument = (page: Page) =>
  page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
const sameDocument = (page: Page) =>
  page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument === true);

async function expectDocument(page: Page, lang: string, dir: "ltr" | "rtl") {
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  await expect(page.locator("html")).toHaveAttribute("dir", dir);
}

/** Follows the header's link to `href` in the page, as a finger or a mouse would (a client-side navigation). */
async function followHeaderLink(page: Page, href: string) {
  await openMenu(page);
  await page.getByRole("navigation").locator(`a[href="${href}"]`).first().click();
}

for (const size of SIZES) {
  test.describe(`at ${size.name} size (${size.width} × ${size.height})`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });
    test.slow();

    test("English → Arabic with the header's switch, → French with Preferences: the next page follows", async ({
      page,
    }) => {
      // One learner per size, neither used by the journeys that read their language.
      await signIn(page, undefined, size.name === "phone" ? "ru.learner" : "jo.learner", DEMO_PASSWORD);
      await expect(page).toHaveURL(/\/dashboard$/, { timeout: SIGN_IN_MS });
      if ((await page.locator("html").getAttribute("lang")) !== "en") await switchToEnglish(page);
      await expectDocument(page, "en", "ltr");

      // The header's switch: Arabic, right to left.
      await openMenu(page);
      await page.locator("details:has(> ul button[lang=ar]) > summary").click();
      await page.locator("button[lang=ar]").click();
      await expectDocument(page, "ar", "rtl");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("لوحة المعلومات");
      await markDocument(page);
      await followHeaderLink(page, "/record-of-learning");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("سجل التعلم");
      await expectDocument(page, "ar", "rtl");
      expect(await sameDocument(page)).toBe(true);
      await checkPage(page);

      // Preferences, saved in French: the page that saved and the next one are in French, left to right.
      await page.goto(siteUrl(undefined, "/preferences"));
      await expectDocument(page, "ar", "rtl");
      await markDocument(page);
      await page.locator('select[name="locale"]').selectOption("fr");
      await page.locator('form:has(select[name="locale"]) button[type="submit"]').click();
      await expect(page.getByText("Vos préférences ont été enregistrées.")).toBeVisible({ timeout: SIGN_IN_MS });
      await expectDocument(page, "fr", "ltr");
      await followHeaderLink(page, "/dashboard");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tableau de bord");
      await expectDocument(page, "fr", "ltr");
      expect(await sameDocument(page)).toBe(true);
      await checkPage(page);

      // Back to English for whoever comes next.
      await switchToEnglish(page);
    });
  });
}
