// What every page must satisfy at desktop and at phone size (ADR 0027): axe reports no violation, the page does not
// scroll sideways, no emoji glyph stands in for an icon, and on a phone every button and header link is at least
// 44 px high.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const SIZES = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 390, height: 844 },
] as const;

// Glyphs that need an emoji or symbol font (check marks, crosses, globes, mortarboards…), shown as empty boxes
// where none is installed.
const EMOJI = /[\u{1F300}-\u{1FAFF}\u{2600}-\u{27BF}\u{25CB}]/u;
const TOUCH_TARGET_PX = 44;

export const isPhone = (page: Page) => page.viewportSize()!.width < 768;

/** What every visited page must satisfy, at either size. */
export async function checkPage(page: Page) {
  // Next streams a page's metadata after its content: the title may arrive after the page is visible.
  await expect(page).toHaveTitle(/\S/);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  // The page does not scroll sideways; when it would, the elements past the screen's edge say why.
  const overflowing = await page.evaluate(() => {
    const edge = document.documentElement.clientWidth + 0.5;
    if (document.documentElement.scrollWidth <= edge) return [];
    return [...document.body.querySelectorAll("*")]
      .filter((e) => !e.closest("[data-testid=table-frame]") && e.getBoundingClientRect().right > edge)
      .filter((e) => e.checkVisibility())
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`.slice(0, 120));
  });
  expect(overflowing, "the page does not scroll sideways").toEqual([]);
  expect(await page.locator("body").innerText()).not.toMatch(EMOJI);
  if (!isPhone(page)) return;
  // Buttons, disclosures and the header's links, as shown (closed menus' contents are not shown).
  const small = await page.locator("header a, header button, header summary, main button, main summary").evaluateAll(
    (elements, min) =>
      elements
        .filter((e) => e.checkVisibility() && e.getBoundingClientRect().width > 0)
        .map((e) => ({
          text: (e.getAttribute("aria-label") ?? e.textContent ?? "").trim(),
          h: e.getBoundingClientRect().height,
        }))
        .filter((e) => e.h < min - 0.5),
    TOUCH_TARGET_PX,
  );
  expect(small, "touch targets under 44 px").toEqual([]);
}

/** On a phone the header's links are behind the menu button; opens it when closed. */
export async function openMenu(page: Page) {
  if (!isPhone(page)) return;
  const menu = page.getByTestId("site-menu");
  if ((await menu.getAttribute("open")) === null) await menu.locator("> summary").click();
  await expect(menu).toHaveAttribute("open", "");
}
