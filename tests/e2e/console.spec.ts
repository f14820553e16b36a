import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signIn, siteUrl } from "./helpers";

test("a WCO admin enables a space for an administration that had none, names its tenant admin, and the audit log shows it", async ({ page, browser }) => {
  const visitor = await browser.newPage();
  expect((await visitor.goto(siteUrl("india")))?.status()).toBe(404);

  await signIn(page, undefined, "wco.admin");
  await expect(page).toHaveURL(siteUrl(undefined, "/dashboard"));
  await page.getByRole("link", { name: "Console" }).click();
  await page.getByRole("link", { name: "Administrations" }).click();
  await page.getByRole("searchbox").fill("India");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("result-count")).toHaveText("1 administration");
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.getByRole("link", { name: "Manage India" }).click();

  await page.getByLabel("Enable the space on its own subdomain").check();
  await page.getByLabel(/^Subdomain/).fill("india");
  await page.getByLabel("Display name").fill("Central Board of Indirect Taxes and Customs");
  await page.getByLabel("Brand colour").fill("#ffff00");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("White text is hard to read on this colour.")).toBeVisible();
  await expect(page.getByLabel("Display name")).toHaveValue("Central Board of Indirect Taxes and Customs");
  await page.getByLabel("Brand colour").fill("#1f3a68");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toHaveText("The space has been saved.");

  await page.getByLabel("Username of the new tenant admin").fill("in.learner");
  await page.getByRole("button", { name: "Add" }).click();
  await expect(page.getByTestId("tenant-admins")).toContainText("Priya Sharma (in.learner)");
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await visitor.goto(siteUrl("india"));
  await expect(visitor.getByTestId("site-name")).toHaveText("Central Board of Indirect Taxes and Customs");

  await page.goto(siteUrl(undefined, "/admin/audit"));
  const rows = page.getByTestId("audit-row");
  await expect(rows.nth(0)).toContainText("user.role.grant");
  await expect(rows.nth(1)).toContainText("tenant.space.enable");
  await expect(rows.nth(1)).toContainText("Hélène Martin");

  // The console is the WCO's alone: a coordinator gets 404 there.
  const coordinator = await browser.newPage();
  await signIn(coordinator, "ke", "ke.coordinator");
  await expect(coordinator).toHaveURL(siteUrl("ke", "/dashboard"));
  expect((await coordinator.goto(siteUrl("ke", "/admin/administrations")))?.status()).toBe(404);
});
