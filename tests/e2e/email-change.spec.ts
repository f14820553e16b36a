// Changing an e-mail address, as the National Coordinator Guide and the User Guide describe it: the coordinator
// changes a user's address from the Team page, the user confirms it from the new address, and later changes it
// back from their own profile. The old address is told without the new one. At desktop and phone size, every page
// checked (page-checks.ts).
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, linkFromMailbox, signIn, siteUrl, switchToEnglish } from "./helpers";
import { checkPage, openMenu, SIZES } from "./page-checks";

const SIGN_IN_MS = 30_000;
const demoAddress = (username: string) => `${username}@demo.clikc.test`;
// E-mails are written in the recipient's language: Lucie Dubois, the Belgian learner, reads French.
const CONFIRM_SUBJECT = /Confirm your new CLiKC! e-mail address|Confirmez votre nouvelle adresse électronique CLiKC!/;
const NOTICE_SUBJECT =
  /A change of your CLiKC! e-mail address was asked for|Un changement de votre adresse électronique CLiKC! a été demandé/;

async function english(page: Page) {
  if ((await page.locator("html").getAttribute("lang")) !== "en") await switchToEnglish(page);
}

/** Opens the confirmation link from the mailbox and confirms; the page says which address is now in use. */
async function confirmFromMailbox(page: Page, host: string, address: string) {
  const link = await linkFromMailbox(page, host, address, CONFIRM_SUBJECT);
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm your new e-mail address");
  await checkPage(page);
  await page.getByRole("button", { name: "Confirm the new address" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your e-mail address is now" })).toContainText(address);
  await checkPage(page);
}

for (const size of SIZES) {
  test.describe(`at ${size.name} size (${size.width} × ${size.height})`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });
    test.slow();

    test("the coordinator changes a user's address, the user confirms it, then changes it back from the profile", async ({
      page,
      browser,
    }) => {
      const [host, coordinator, username] =
        size.name === "phone" ? ["be", "be.coordinator", "be.learner"] : ["ke", "ke.coordinator", "ke.learner"];
      const newAddress = `${username}.${size.name}@example.test`;

      await signIn(page, host, coordinator, DEMO_PASSWORD);
      await expect(page).toHaveURL(/\/dashboard$/, { timeout: SIGN_IN_MS });
      await english(page);
      await page.goto(siteUrl(host, "/team"));
      await page.getByTestId("team-row").filter({ hasText: username }).getByRole("link").first().click();
      await expect(page.getByText(demoAddress(username))).toBeVisible();
      const memberPage = page.url();
      await checkPage(page);

      await page.getByLabel(/^New e-mail address/).fill(newAddress);
      await page.getByRole("button", { name: "Change e-mail address" }).click();
      await expect(page.getByText("A confirmation link has been sent to the new address.")).toBeVisible();
      await expect(page.getByTestId("pending-email")).toContainText(newAddress);
      await checkPage(page);

      // The current address is told, and not of the new one.
      await page.goto(siteUrl(host, "/dev/mailbox"));
      const notice = page
        .getByTestId("mail")
        .filter({ hasText: demoAddress(username) })
        .filter({ hasText: NOTICE_SUBJECT })
        .first();
      await expect(notice).toBeVisible();
      await expect(notice).not.toContainText(newAddress);

      // The user confirms from the new address, signed out.
      const visitor = await (
        await browser.newContext({ viewport: { width: size.width, height: size.height } })
      ).newPage();
      await confirmFromMailbox(visitor, host, newAddress);
      await page.goto(memberPage);
      await expect(page.getByText(newAddress)).toBeVisible();
      await expect(page.getByTestId("pending-email")).toHaveCount(0);

      // The user changes it back from the profile, giving the password again.
      const learner = await (
        await browser.newContext({ viewport: { width: size.width, height: size.height } })
      ).newPage();
      await signIn(learner, host, username, DEMO_PASSWORD);
      await expect(learner).toHaveURL(/\/dashboard$/, { timeout: SIGN_IN_MS });
      const ownLanguage = (await learner.locator("html").getAttribute("lang")) ?? "en";
      await english(learner);
      await learner.goto(siteUrl(host, "/profile"));
      await expect(learner.getByTestId("current-email")).toContainText(newAddress);
      const emailForm = learner.locator("form").filter({ has: learner.getByLabel(/^New e-mail address/) });
      await learner.getByLabel(/^New e-mail address/).fill(demoAddress(username));
      await emailForm.getByLabel(/^Current password/).fill("not the password");
      await emailForm.getByRole("button", { name: "Change e-mail address" }).click();
      await expect(emailForm.getByText("The current password is not correct.")).toBeVisible();
      await expect(learner.getByLabel(/^New e-mail address/)).toHaveValue(demoAddress(username));
      await emailForm.getByLabel(/^Current password/).fill(DEMO_PASSWORD);
      await emailForm.getByRole("button", { name: "Change e-mail address" }).click();
      await expect(learner.getByText("A confirmation link has been sent to the new address.")).toBeVisible();
      await expect(learner.getByTestId("pending-email")).toContainText(demoAddress(username));
      await checkPage(learner);
      await confirmFromMailbox(learner, host, demoAddress(username));
      await learner.goto(siteUrl(host, "/profile"));
      await expect(learner.getByTestId("current-email")).toContainText(demoAddress(username));
      await expect(learner.getByTestId("pending-email")).toHaveCount(0);

      // The learner's own language again, for the journeys after this one.
      if (ownLanguage !== "en") {
        await openMenu(learner);
        await learner.locator(`details:has(> ul button[lang=${ownLanguage}]) > summary`).click();
        await learner.locator(`button[lang=${ownLanguage}]`).click();
        await expect(learner.locator("html")).toHaveAttribute("lang", ownLanguage);
      }
    });
  });
}
