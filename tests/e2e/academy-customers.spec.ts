// The Academy as its customers see it, at desktop size and on a phone held upright, with axe reporting no
// violation on each page: a course they own is never offered again, an abandoned checkout is theirs to cancel,
// and the audit log names the fields it shows in the reader's language.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { answerFrom, signIn, siteUrl } from "./helpers";

const SIZES = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 390, height: 844 },
] as const;
const HS = "Introduction to the Harmonized System";
const BUNDLE = "Trade compliance essentials";
const PASSWORD = "rules of origin and valuation";
// A customer of this run only: no other spec buys for them.
const CUSTOMER = `ada.${Date.now()}@trade.example`;

async function checkPage(page: Page) {
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  const sideways = await page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth + 0.5,
  );
  expect(sideways, "the page does not scroll sideways").toBe(false);
}

async function linkFromMailbox(page: Page, address: string, subject: RegExp): Promise<string> {
  let link = "";
  await expect(async () => {
    await page.goto(siteUrl("academy", "/dev/mailbox"));
    const mail = page.getByTestId("mail").filter({ hasText: address }).filter({ hasText: subject }).first();
    await expect(mail).toBeVisible({ timeout: 1000 });
    link = (await mail.getByRole("link").first().getAttribute("href")) ?? "";
  }).toPass({ timeout: 20_000 });
  return link;
}

async function signInCustomer(page: Page) {
  await signIn(page, "academy", CUSTOMER, PASSWORD);
  await page.waitForURL(/\/dashboard/);
}

/** Starts a checkout of the bundle for oneself and leaves Stripe's page by its Cancel link: the order's page. */
async function abandonBundleCheckout(page: Page): Promise<string> {
  await page.goto(siteUrl("academy"));
  await page.getByRole("link", { name: BUNDLE }).click();
  await page.getByRole("button", { name: "Buy", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Local test checkout" })).toBeVisible();
  await page.getByRole("link", { name: "Cancel" }).click();
  await page.waitForURL(/\/orders\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname.split("/").pop()!;
}

async function signedInPage(browser: Browser, subdomain: string | undefined, username: string) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, subdomain, username);
  await page.waitForURL(/\/dashboard/);
  return page;
}

/** Picks a language from the header (behind the menu button on a phone). */
async function chooseLanguage(page: Page, name: string, lang: string) {
  const menu = page.getByTestId("site-menu");
  if (page.viewportSize()!.width < 768 && (await menu.getAttribute("open")) === null)
    await menu.locator("> summary").click();
  await page.locator("details:has(> ul button[lang=en]) > summary").click();
  await page.getByRole("button", { name, exact: true }).click();
  // The choice is saved, then the page is rendered again in the new language: slow on a loaded machine.
  await expect(page.locator("html")).toHaveAttribute("lang", lang, { timeout: 20_000 });
}

// Serial: the first test makes the customer the others use. Each journey signs in and visits several pages.
test.describe.configure({ mode: "serial", timeout: 150_000 });

test("a new customer signs up and buys a course", async ({ page }) => {
  await page.goto(siteUrl("academy", "/register"));
  await page.getByLabel(/^First name/).fill("Ada");
  await page.getByLabel(/^Last name/).fill("Okafor");
  await page.getByLabel(/^E-mail address/).fill(CUSTOMER);
  await page.getByLabel(/^Password/).fill(PASSWORD);
  await page.getByLabel(/I accept the Terms/).check();
  await page.getByRole("button", { name: "Create my account" }).click();
  await page.goto(await linkFromMailbox(page, CUSTOMER, /Confirm your e-mail address for the WCO Academy/));
  await page.getByRole("button", { name: /Confirm/ }).click();
  await expect(page.getByRole("status")).toContainText("Your WCO Academy account is open.");
  await signInCustomer(page);
  await page.goto(siteUrl("academy"));
  await page.getByRole("link", { name: HS }).click();
  await page.getByRole("button", { name: "Buy", exact: true }).click();
  await page.getByRole("button", { name: "Pay" }).click();
  await expect(page.getByText("Your payment is confirmed. You can start learning now.")).toBeVisible({
    timeout: 20_000,
  });
});

for (const size of SIZES) {
  test.describe(`at ${size.name} size (${size.width} × ${size.height})`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test("a course the customer owns says 'Go to course', never 'Buy'; the subscription says which courses they have", async ({
      page,
    }) => {
      await signInCustomer(page);
      await page.goto(siteUrl("academy"));
      const card = page.getByTestId("product").filter({ hasText: HS });
      await expect(card.getByRole("link", { name: "Go to course" })).toBeVisible();
      await expect(page.getByTestId("product").filter({ hasText: "yearly pass" })).toContainText(
        /You already have 1 of its \d+ courses\./,
      );
      await checkPage(page);

      await page.getByRole("link", { name: HS }).click();
      await expect(page.getByText("You already have this course.")).toBeVisible();
      await expect(page.getByRole("button", { name: "Buy", exact: true })).toHaveCount(0);
      await checkPage(page);
      await page.getByRole("link", { name: "Go to course" }).first().click();
      await expect(page.getByRole("heading", { level: 1, name: HS })).toBeVisible();

      await page.goto(siteUrl("academy"));
      await page.getByRole("link", { name: /yearly pass/ }).click();
      await expect(page.getByText(/You already have 1 of its \d+ courses\./)).toBeVisible();
      await expect(page.getByTestId("included-course").filter({ hasText: HS })).toContainText("You have this course.");
      await expect(page.getByTestId("included-course").filter({ hasText: "You have this course." })).toHaveCount(1);
      await expect(page.getByRole("button", { name: "Buy", exact: true })).toBeVisible();
      await checkPage(page);
    });

    test("an abandoned checkout awaits payment until it expires, and the customer can cancel it", async ({ page }) => {
      await signInCustomer(page);
      await abandonBundleCheckout(page);
      await expect(page.getByText("Awaiting payment", { exact: true })).toBeVisible();
      await expect(
        page.getByText(/If it is not paid by .+, the order is cancelled and nothing is charged\./),
      ).toBeVisible();
      await checkPage(page);
      await page.getByRole("button", { name: "Cancel this order" }).click();
      const dialog = page.getByRole("dialog");
      await expect(dialog).toContainText("Cancel this order? Nothing is charged; you can buy again later.");
      await dialog.getByRole("button", { name: "Yes, continue" }).click();
      await expect(page.getByText("The order is cancelled. Nothing was charged.")).toBeVisible();
      await expect(page.getByText("Cancelled", { exact: true })).toBeVisible();
      await expect(page.getByRole("button", { name: "Cancel this order" })).toHaveCount(0);
      await checkPage(page);
    });

    test("the audit log names the fields it shows in the reader's language", async ({ page }) => {
      await signIn(page, undefined, "wco.admin");
      await page.waitForURL(/\/dashboard/);
      await page.goto(siteUrl(undefined, "/admin/settings"));
      await page.getByLabel(/^Name of the Secretary General/).fill(`Ian Saunders ${size.name}`);
      await page.getByRole("button", { name: "Save" }).first().click();
      await expect(page.getByRole("status").filter({ hasText: /saved/i }).first()).toBeVisible();
      await page.goto(siteUrl(undefined, "/admin/audit"));
      const change = page.getByTestId("audit-row").first().getByTestId("audit-change");
      await expect(change.locator("dt")).toHaveText("Secretary General's name");
      await checkPage(page);
      // In French, and back to English for the other specs (the choice is the account's).
      await chooseLanguage(page, "Français", "fr");
      await expect(change.locator("dt")).toHaveText("Nom du Secrétaire général");
      await checkPage(page);
      await chooseLanguage(page, "English", "en");
    });
  });
}

test("cancelling a checkout answers 404 to a visitor, another customer and a Customs officer, and changes nothing", async ({
  page,
  browser,
}) => {
  await signInCustomer(page);
  const orderId = await abandonBundleCheckout(page);
  const path = `/api/store/orders/${orderId}/cancel-checkout`;
  const post = async (from: Page, subdomain: string | undefined) =>
    (await answerFrom(from, subdomain, path, "POST")).status;
  const visitor = await (await browser.newContext()).newPage();
  expect(await post(visitor, "academy")).toBe(404);
  const otherCustomer = await signedInPage(browser, "academy", "academy.buyer");
  expect(await post(otherCustomer, "academy")).toBe(404);
  const officer = await signedInPage(browser, "ke", "ke.learner");
  expect(await post(officer, "ke")).toBe(404);
  const admin = await signedInPage(browser, undefined, "wco.admin");
  expect(await post(admin, undefined)).toBe(404);
  await page.reload();
  await expect(page.getByText("Awaiting payment", { exact: true })).toBeVisible();
  // The customer's own cancellation still works afterwards.
  await page.getByRole("button", { name: "Cancel this order" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Yes, continue" }).click();
  await expect(page.getByText("The order is cancelled. Nothing was charged.")).toBeVisible();
  for (const p of [visitor, otherCustomer, officer, admin]) await p.context().close();
});
