import { expect, test } from "@playwright/test";
import { scorm12Package } from "../helpers/scorm-fixtures";
import { signIn, siteUrl } from "./helpers";

test("a WCO admin uploads a SCORM package; a learner opens it in its pop-up, resumes where she stopped, finishes it and sees the tick", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, undefined, "wco.admin");
  await expect(page).toHaveURL(siteUrl(undefined, "/dashboard"));
  await page.goto(siteUrl(undefined, "/author/courses"));
  await page.getByRole("link", { name: "Rules of Origin", exact: true }).click();
  await page.waitForURL(/\/author\/courses\/[0-9a-f-]{36}$/);
  const courseId = new URL(page.url()).pathname.split("/").pop()!;
  const upload = page.getByTestId("scorm-upload").first();
  await expect(upload).toContainText("No SCORM package yet.");
  await upload.locator("input[type=file]").setInputFiles({ name: "not-a-package.zip", mimeType: "application/zip", buffer: Buffer.from("not a zip") });
  await upload.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\w/ })).toHaveText("This file is not a readable zip archive.");
  await page.getByTestId("scorm-upload").first().locator("input[type=file]").setInputFiles({ name: "valuation.zip", mimeType: "application/zip", buffer: Buffer.from(scorm12Package()) });
  await page.getByTestId("scorm-upload").first().getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("status").filter({ hasText: /\w/ })).toHaveText("The SCORM package has been checked and saved.");
  await expect(page.getByTestId("scorm-upload").first()).toContainText("Package: Valuation basics (SCORM 1.2, 1 part)");

  const learner = await (await browser.newContext()).newPage();
  await signIn(learner, "ke", "ke.learner");
  await expect(learner).toHaveURL(siteUrl("ke", "/dashboard"));
  await learner.goto(siteUrl("ke", `/courses/${courseId}`));
  await learner.getByRole("button", { name: "Enroll now" }).click();
  const scormModule = learner.getByTestId("module").filter({ has: learner.getByRole("link", { name: /^Open / }) });

  // First session: she goes to the next page, and the player saves her progress.
  let [player] = await Promise.all([learner.waitForEvent("popup"), scormModule.getByRole("link", { name: /^Open / }).click()]);
  let sco = player.frameLocator("iframe[title]").frameLocator("#sco");
  await expect(sco.locator("#where")).toHaveText("Location: start");
  await sco.getByRole("button", { name: "Next page" }).click();
  await expect(player.getByTestId("player-status")).toHaveText("Your progress is saved.");
  await player.close();

  // Second session: the SCO resumes at page 2; she finishes, and the course page shows the tick.
  [player] = await Promise.all([learner.waitForEvent("popup"), scormModule.getByRole("link", { name: /^Open / }).click()]);
  sco = player.frameLocator("iframe[title]").frameLocator("#sco");
  await expect(sco.locator("#where")).toHaveText("Location: page-2");
  await sco.getByRole("button", { name: "I have finished" }).click();
  await expect(player.getByTestId("player-status")).toHaveText(/your progress is saved/);
  await expect(learner.getByTestId("module").filter({ hasText: "Completed" }).first()).toBeVisible();

  // The package's files are served only on the content origin, only with a valid launch token.
  expect((await learner.goto(siteUrl("content", "/files/forged.token/index.html")))?.status()).toBe(404);
  // ...and the platform's own sites do not serve them at all.
  expect((await learner.goto(siteUrl("ke", "/content/files/forged.token/index.html")))?.status()).toBe(404);
});
