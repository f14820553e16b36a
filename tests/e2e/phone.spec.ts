// "On a phone, and for everyone": every journey at desktop size and at 390 × 844 (a phone held upright), with axe
// reporting no violation on each page visited, no page scrolling sideways, no emoji glyph standing in for an icon,
// and, on the phone, every button and header link at least 44 px high.
import { expect, test, type Page } from "@playwright/test";
import { signIn, siteUrl } from "./helpers";
import { SIZES, checkPage, isPhone } from "./page-checks";

/** On a phone the header's links are behind the menu button; opens it when closed. */
async function openMenu(page: Page) {
  if (!isPhone(page)) return;
  const menu = page.getByTestId("site-menu");
  if ((await menu.getAttribute("open")) === null) await menu.locator("> summary").click();
  await expect(menu).toHaveAttribute("open", "");
}

async function chooseLanguage(page: Page, name: string, lang: string) {
  await openMenu(page);
  await page.locator("details:has(> ul button[lang=en]) > summary").click();
  await page.getByRole("button", { name, exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
}

for (const size of SIZES) {
  test.describe(`at ${size.name} size (${size.width} × ${size.height})`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test("the header: a menu button on a phone, the links in the bar on a desktop, with the keyboard and without JavaScript", async ({
      page,
      browser,
    }) => {
      await page.goto(siteUrl(undefined, "/"));
      await checkPage(page);
      const menuButton = page.getByTestId("site-menu").locator("> summary");
      const catalogue = page
        .getByRole("navigation", { name: "Main navigation" })
        .getByRole("link", { name: "Find Learning" });
      if (isPhone(page)) {
        await expect(menuButton).toBeVisible();
        await expect(menuButton).toHaveText("Menu");
        await expect(catalogue).toBeHidden();
        // The keyboard: Tab reaches the button (after the skip link and the brand), Enter opens the menu.
        await menuButton.focus();
        await page.keyboard.press("Enter");
        await expect(page.getByTestId("site-menu")).toHaveAttribute("open", "");
        await expect(catalogue).toBeVisible();
        await checkPage(page);
        await page.keyboard.press("Enter");
        await expect(catalogue).toBeHidden();
      } else {
        await expect(menuButton).toBeHidden();
        await expect(catalogue).toBeVisible();
      }
      await openMenu(page);
      await catalogue.click();
      await expect(page).toHaveURL(siteUrl(undefined, "/find-learning"));

      // Without JavaScript the menu opens the same way.
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: page.viewportSize()! });
      const plain = await context.newPage();
      await plain.goto(siteUrl(undefined, "/"));
      await openMenu(plain);
      await plain
        .getByRole("navigation", { name: "Main navigation" })
        .getByRole("link", { name: "Find Learning" })
        .click();
      await expect(plain).toHaveURL(siteUrl(undefined, "/find-learning"));
      await context.close();
    });

    test("the catalogue's filters: a disclosure above the results on a phone, beside them on a desktop", async ({
      page,
    }) => {
      await page.goto(siteUrl("be", "/find-learning"));
      await checkPage(page);
      const search = page.getByRole("searchbox", { name: "Search learning" });
      const disclosure = page.getByTestId("catalogue-filters").locator("> summary");
      if (isPhone(page)) {
        await expect(search).toBeHidden();
        await expect(disclosure).toHaveText("Search and filters");
        const [filters, results] = [
          await disclosure.boundingBox(),
          await page.getByTestId("result-count").boundingBox(),
        ];
        expect(filters!.y).toBeLessThan(results!.y);
        await disclosure.click();
        await checkPage(page);
      } else {
        await expect(disclosure).toBeHidden();
      }
      await search.fill("valuation");
      await page.getByRole("button", { name: "Apply" }).click();
      await expect(page).toHaveURL(/q=valuation/);
      // What narrowed the list stays in view.
      await expect(search).toBeVisible();
      await expect(search).toHaveValue("valuation");
      await checkPage(page);
      await page.getByTestId("course-card").first().getByRole("link").click();
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await checkPage(page);
    });

    test("wide tables scroll in their own frame, never the page: the record of learning, the team, its reports, the audit log", async ({
      page,
    }) => {
      await signIn(page, "be", "be.coordinator");
      await expect(page).toHaveURL(siteUrl("be", "/dashboard"), { timeout: 30_000 });
      await chooseLanguage(page, "English", "en");
      await checkPage(page);
      for (const path of ["/record-of-learning", "/team", "/team/reports/users", "/team/reports/courses"]) {
        await page.goto(siteUrl("be", path));
        await checkPage(page);
        const frame = page.getByTestId("table-frame").first();
        if (await frame.count()) {
          // The frame is a named region the keyboard can reach and scroll.
          await expect(frame).toHaveAttribute("tabindex", "0");
          await expect(frame).toHaveAttribute("role", "region");
          const fits = await frame.evaluate((e) => e.getBoundingClientRect().right <= window.innerWidth + 0.5);
          expect(fits, `${path}: the table's frame fits the screen`).toBe(true);
        }
      }
    });

    test("the audit log shows what changed as fields, and a destructive action asks in a dialog of the page", async ({
      page,
    }) => {
      await signIn(page, undefined, "wco.admin");
      await expect(page).toHaveURL(siteUrl(undefined, "/dashboard"), { timeout: 30_000 });
      await page.goto(siteUrl(undefined, "/admin/administrations/jo"));
      await checkPage(page);
      await page.getByLabel("Username of the new tenant admin").fill("jo.learner");
      await page.getByRole("button", { name: "Add", exact: true }).click();
      const admins = page.getByTestId("tenant-admins");
      await expect(admins).toContainText("(jo.learner)");
      const remove = admins.getByRole("button", { name: /^Remove .* as tenant admin$/ });
      const dialog = page.getByRole("dialog");

      // Escape cancels, and focus goes back to the button.
      await remove.click();
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText(/^Remove .* as tenant admin\?/);
      await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
      await checkPage(page);
      // Focus stays in the dialog: Tab moves between its two buttons only.
      await page.keyboard.press("Tab");
      await expect(dialog.getByRole("button", { name: "Yes, continue" })).toBeFocused();
      await page.keyboard.press("Escape");
      await expect(dialog).toBeHidden();
      await expect(remove).toBeFocused();
      await expect(admins).toContainText("(jo.learner)");

      // Cancel changes nothing either; the confirmation removes.
      await remove.click();
      await dialog.getByRole("button", { name: "Cancel" }).click();
      await expect(dialog).toBeHidden();
      await expect(admins).toContainText("(jo.learner)");
      await remove.click();
      await dialog.getByRole("button", { name: "Yes, continue" }).click();
      await expect(page.getByText("This administration has no tenant admin.")).toBeVisible();

      // The audit log: the two changes as fields (the roles, before and after), no JSON.
      await page.goto(siteUrl(undefined, "/admin/audit"));
      await checkPage(page);
      const rows = page.getByTestId("audit-row");
      await expect(rows.first().getByTestId("audit-changes")).toBeVisible();
      const text = await rows.first().innerText();
      expect(text).not.toMatch(/[{}"]/);
    });

    test("without JavaScript a destructive action asks first too, in a disclosure", async ({ browser }) => {
      const context = await browser.newContext({
        javaScriptEnabled: false,
        viewport: { width: size.width, height: size.height },
      });
      const page = await context.newPage();
      await page.goto(siteUrl(undefined, "/sign-in"));
      await page.getByLabel(/Username or e-mail/).fill("wco.admin");
      await page.getByLabel(/^Password/).fill("Customs-Demo-2026");
      await page.locator("main form").getByRole("button", { name: "Sign in" }).click();
      await page.goto(siteUrl(undefined, "/admin/administrations/jo"));
      await page.getByLabel("Username of the new tenant admin").fill("jo.learner");
      await page.getByRole("button", { name: "Add", exact: true }).click();
      const admins = page.getByTestId("tenant-admins");
      await expect(admins).toContainText("(jo.learner)");
      const confirm = admins.getByRole("button", { name: "Yes, continue" });
      await expect(confirm).toBeHidden();
      await admins.locator("details > summary").first().click();
      await expect(admins).toContainText(/Remove .* as tenant admin\?/);
      await confirm.click();
      await expect(page.getByText("This administration has no tenant admin.")).toBeVisible();
      await context.close();
    });

    test("in Arabic the page reads right to left and the brand name keeps its order", async ({ page }) => {
      await page.goto(siteUrl(undefined, "/"));
      await chooseLanguage(page, "العربية", "ar");
      await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
      await checkPage(page);
      const brand = page.getByTestId("brand-name");
      await expect(brand).toHaveText("CLiKC!");
      // The "!" is drawn right of the "C", as in a left-to-right text, although the paragraph runs right to left.
      const [first, last] = await brand.evaluate((element) => {
        const text = element.firstChild!;
        const at = (i: number) => {
          const range = document.createRange();
          range.setStart(text, i);
          range.setEnd(text, i + 1);
          return range.getBoundingClientRect().left;
        };
        return [at(0), at(text.textContent!.length - 1)];
      });
      expect(last).toBeGreaterThan(first);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("\u2066CLiKC!\u2069");
      if (isPhone(page)) await expect(page.getByTestId("site-menu").locator("> summary")).toHaveText("القائمة");
      await page.goto(siteUrl(undefined, "/find-learning"));
      await checkPage(page);
      await chooseLanguage(page, "English", "en");
    });
  });
}
