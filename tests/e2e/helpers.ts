import { expect, type Page } from "@playwright/test";
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
export async function useEnglish(page: Page) {
  await page.locator("details:has(> ul button[lang=en]) > summary").click();
  await page.getByRole("button", { name: "English" }).click();
  // A retrying assertion: the page is replaced after the switch, and between two documents there is no <html>.
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
}
