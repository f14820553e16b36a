import { expect, test } from "@playwright/test";
import { signIn, siteUrl } from "./helpers";

async function askForReset(page: import("@playwright/test").Page, identifier: string): Promise<string> {
  await page.goto(siteUrl("br", "/forgot-password"));
  await page.getByLabel(/Username or e-mail/).fill(identifier);
  await page.getByRole("button", { name: "Send the link" }).click();
  const answer = page.locator("main").getByRole("status");
  await expect(answer).toBeVisible();
  return answer.innerText();
}

test("forgot password answers the same words for an unknown account, and a real one resets with the mailed link", async ({
  page,
}) => {
  const forUnknown = await askForReset(page, "no.such.person@example.test");
  const forKnown = await askForReset(page, "br.learner");
  expect(forKnown).toBe(forUnknown);

  let link = "";
  await expect(async () => {
    await page.goto(siteUrl("br", "/dev/mailbox"));
    const mail = page.getByTestId("mail").filter({ hasText: "br.learner@demo.clikc.test" }).first();
    link = (await mail.getByRole("link").first().getAttribute("href")) ?? "";
    expect(link).toContain("/reset-password?token=");
  }).toPass({ timeout: 20_000 });

  await page.goto(link);
  await page.getByLabel(/^New password/).fill("a fresh passphrase for brasilia");
  await page.getByLabel(/^Repeat the new password/).fill("a fresh passphrase for brasilia");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.locator("main").getByRole("status")).toContainText("Your password has been changed");

  // The link works once only.
  await page.goto(link);
  await expect(page.locator("main").getByRole("alert")).toContainText("invalid, expired or already used");

  await signIn(page, "br", "br.learner", "a fresh passphrase for brasilia");
  await expect(page).toHaveURL(siteUrl("br", "/dashboard"));
});
