import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import ar from "../../messages/ar.json";
import { signIn, siteUrl } from "./helpers";

test("a Kenyan learner signs in on the Kenyan space, reads it in Arabic, and signs out", async ({ page }) => {
  await page.goto(siteUrl("ke"));
  await expect(page.getByTestId("site-name")).toHaveText("Kenya Revenue Authority");

  await signIn(page, "ke", "ke.learner");
  await expect(page).toHaveURL(siteUrl("ke", "/dashboard"));
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(page.getByText("Amina Wanjiru")).toBeVisible();

  await page.getByLabel("Change language").click();
  await page.getByRole("button", { name: "العربية" }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page).toHaveURL(siteUrl("ke", "/dashboard"));

  await page.getByText("Amina Wanjiru").click();
  await page.getByRole("button", { name: ar.Shell.signOut }).click();
  await expect(page).toHaveURL(siteUrl("ke", "/"));
  await expect(page.getByRole("link", { name: ar.Shell.signIn })).toBeVisible();
  await page.goto(siteUrl("ke", "/dashboard"));
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Fdashboard$/);
});

test("the Kenyan learner is refused on the Belgian space", async ({ page }) => {
  await signIn(page, "be", "ke.learner");
  await expect(page.locator("main").getByRole("alert")).toContainText("does not belong to this learning space");
  await expect(page).toHaveURL(siteUrl("be", "/sign-in"));
});

test("a Kenyan session carried to the Belgian space is not honoured there", async ({ page, context }) => {
  await signIn(page, "ke", "ke.learner");
  await expect(page).toHaveURL(siteUrl("ke", "/dashboard"));
  const session = (await context.cookies(siteUrl("ke"))).find((c) => c.name === "clikc.session");
  expect(session).toBeDefined();
  // As if the cookie were shared across subdomains (SESSION_COOKIE_DOMAIN): the server must still refuse it.
  await context.addCookies([{ ...session!, domain: "be.localhost" }]);
  await page.goto(siteUrl("be", "/dashboard"));
  await expect(page).toHaveURL(/be\.localhost:\d+\/sign-in/);
  await expect(page.getByText("Amina Wanjiru")).toHaveCount(0);
});

test("wrong credentials give one message whatever was wrong, and keep what was typed", async ({ page }) => {
  await signIn(page, undefined, "in.learner", "not the password");
  await expect(page.locator("main").getByRole("alert")).toHaveText("Invalid username, e-mail or password.");
  await expect(page.getByLabel(/Username or e-mail/)).toHaveValue("in.learner");
  await signIn(page, undefined, "no.such.user", "not the password");
  await expect(page.locator("main").getByRole("alert")).toHaveText("Invalid username, e-mail or password.");
});

test("an unknown subdomain shows the translated 404 page", async ({ page }) => {
  const response = await page.goto(siteUrl("zz"));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();

  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "fr", url: siteUrl("zz") }]);
  await page.goto(siteUrl("zz", "/anything"));
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Page not found");
});

test("the root site and the Academy store answer on their hosts, and the pages pass axe", async ({ page }) => {
  await page.goto(siteUrl());
  await expect(page.getByRole("heading", { level: 1 })).toContainText("CLiKC!");
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await page.goto(siteUrl(undefined, "/sign-in"));
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await page.goto(siteUrl("ke", "/register"));
  const terms = page.getByRole("link", { name: "Read the Terms and Conditions" });
  await expect(terms).toHaveAttribute("href", "/terms");
  await page.goto(siteUrl("ke", "/terms"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Terms and Conditions");
  await expect(page.getByText("Your account is personal")).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await page.goto(siteUrl("academy"));
  await expect(page.getByRole("heading", { level: 1, name: "WCO Academy" })).toBeVisible();
});

test("the health check reports the database", async ({ request }) => {
  const response = await request.get(siteUrl(undefined, "/api/health"));
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", db: "ok" });
});
