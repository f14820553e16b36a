import { expect, test, type Page } from "@playwright/test";
import { linkFromMailbox, signIn, siteUrl } from "./helpers";

const PASSWORD = "a long passphrase for the border";

async function fillRegistration(page: Page, who: { username: string; email: string; first: string; last: string }) {
  await page.getByLabel(/^Username/).fill(who.username);
  await page.getByLabel(/^E-mail address/).fill(who.email);
  await page.getByLabel(/^Password/).fill(PASSWORD);
  await page.getByLabel(/^First name/).fill(who.first);
  await page.getByLabel(/^Last name/).fill(who.last);
  await page.getByLabel(/^Position/).fill("Customs officer");
  await page.getByLabel(/Preferred language/).selectOption("en");
  await page.getByLabel(/I accept the Terms and Conditions/).check();
  await page.getByRole("button", { name: "Create my account" }).click();
}

async function confirmAndSignOut(page: Page, subdomain: string | undefined, email: string) {
  await expect(page.getByRole("status")).toContainText(email);
  await page.goto(await linkFromMailbox(page, subdomain, email, /Confirm your e-mail address/));
  await page.getByRole("button", { name: "Confirm my e-mail address" }).click();
  await expect(page.getByRole("status")).toContainText("your request has been sent");
}

async function acceptFromTasks(page: Page, applicantName: string) {
  await page.goto(page.url().replace(/\/[^/]*$/, "/dashboard"));
  const task = page.getByTestId("registration-task").filter({ hasText: applicantName });
  await task.getByRole("button", { name: "Accept" }).click();
  await expect(page.getByRole("status").filter({ hasText: applicantName })).toContainText("account has been created");
}

test("an officer registers on the Kenyan space, confirms from the mailbox, the Kenyan NC accepts, and the officer signs in", async ({
  page,
  browser,
}) => {
  const who = {
    username: `ke.newofficer${Date.now() % 100000}`,
    email: `new.officer.${Date.now()}@kra.example`,
    first: "Njeri",
    last: "Mwangi",
  };
  await page.goto(siteUrl("ke", "/sign-in"));
  await page.getByRole("link", { name: "Create new account" }).click();
  await expect(page.getByText("Organization: Kenya")).toBeVisible();

  // A bad password keeps everything else that was typed.
  await page.getByLabel(/^Username/).fill(who.username);
  await page.getByLabel(/^Password/).fill("password1234");
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page.getByText("This password is too common")).toBeVisible();
  await expect(page.getByLabel(/^Username/)).toHaveValue(who.username);

  await fillRegistration(page, who);
  await confirmAndSignOut(page, "ke", who.email);

  const coordinator = await browser.newPage();
  await signIn(coordinator, "ke", "ke.coordinator");
  await expect(coordinator).toHaveURL(siteUrl("ke", "/dashboard"));
  await acceptFromTasks(coordinator, `${who.first} ${who.last}`);
  await linkFromMailbox(coordinator, "ke", who.email, /New user account/);

  await signIn(page, "ke", who.username, PASSWORD);
  await expect(page).toHaveURL(siteUrl("ke", "/dashboard"));
  await expect(page.getByText(`${who.first} ${who.last}`)).toBeVisible();
});

test("an officer of an administration without a National Coordinator is approved by a WCO admin", async ({
  page,
  browser,
}) => {
  const who = {
    username: `in.newofficer${Date.now() % 100000}`,
    email: `officer.${Date.now()}@cbic.example`,
    first: "Arjun",
    last: "Mehta",
  };
  await page.goto(siteUrl(undefined, "/register"));
  await page.getByLabel(/Choose organization/).selectOption({ label: "India" });
  await fillRegistration(page, who);
  await confirmAndSignOut(page, undefined, who.email);

  const admin = await browser.newPage();
  await signIn(admin, undefined, "wco.admin");
  await expect(admin).toHaveURL(siteUrl(undefined, "/dashboard"));
  await acceptFromTasks(admin, `${who.first} ${who.last}`);

  await signIn(page, undefined, who.username, PASSWORD);
  await expect(page).toHaveURL(siteUrl(undefined, "/dashboard"));
});
