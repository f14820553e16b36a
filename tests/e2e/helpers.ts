import { expect, type Browser, type Page } from "@playwright/test";
import { E2E_PORT } from "../../playwright.config";

export const DEMO_PASSWORD = "Customs-Demo-2026";

/** The address of a site: the root, or an administration's or the store's subdomain. */
export function siteUrl(subdomain?: string, path = "/"): string {
  return `http://${subdomain ? `${subdomain}.` : ""}localhost:${E2E_PORT}${path}`;
}

export async function signIn(page: Page, subdomain: string | undefined, username: string, password = DEMO_PASSWORD) {
  await page.goto(siteUrl(subdomain, "/sign-in"));
  await page.getByLabel(/Username or e-mail/).fill(username);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Switches the interface to English whatever the user's preferred language (language names never change). */
export async function switchToEnglish(page: Page) {
  // On a phone the language menu is inside the site's menu: opened first when it is closed.
  const menu = page.getByTestId("site-menu");
  if ((await menu.locator("> summary").isVisible()) && (await menu.getAttribute("open")) === null)
    await menu.locator("> summary").click();
  await page.locator("details:has(> ul button[lang=en]) > summary").click();
  await page.getByRole("button", { name: "English" }).click();
  // A retrying assertion: the page is replaced after the switch, and between two documents there is no <html>.
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
}

/** Waits for the newest mail to `address` in the development mailbox and returns its first link. */
export async function linkFromMailbox(
  page: Page,
  subdomain: string | undefined,
  address: string,
  subject: RegExp,
): Promise<string> {
  let link = "";
  await expect(async () => {
    await page.goto(siteUrl(subdomain, "/dev/mailbox"));
    const mail = page.getByTestId("mail").filter({ hasText: address }).filter({ hasText: subject }).first();
    await expect(mail).toBeVisible({ timeout: 1000 });
    link = (await mail.getByRole("link").first().getAttribute("href")) ?? "";
  }).toPass({ timeout: 20_000 });
  return link;
}

/**
 * What the site answers `path` with (status and headers), asked from the page's own browser context (its cookies,
 * its Origin): Node's resolver, which `page.request` uses, does not know `*.localhost`. Redirects are not followed
 * (status 0).
 */
export async function answerFrom(page: Page, subdomain: string | undefined, path: string, method = "GET") {
  const origin = new URL(siteUrl(subdomain)).origin;
  if (!page.url().startsWith(origin)) await page.goto(siteUrl(subdomain, "/"));
  return page.evaluate(
    async ([url, verb]) => {
      const answer = await fetch(url, { method: verb, redirect: "manual" });
      return { status: answer.status, headers: Object.fromEntries(answer.headers.entries()) };
    },
    [path, method] as const,
  );
}

/** A page of its own browser context, signed in on `site` (its next page, whichever the site lands on), in English. */
export async function signedIn(browser: Browser, site: string | undefined, username: string, english = true) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, site, username);
  // Signing in is slow on a loaded machine: wait for the next page, whichever the site lands on.
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"), { timeout: 30_000 });
  if (english) await switchToEnglish(page);
  return page;
}
