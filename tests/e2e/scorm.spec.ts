import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { pdfText } from "../helpers/pdf-text";
import { scorm12Package } from "../helpers/scorm-fixtures";
import { closeDatabase, query } from "./database";
import { signIn, siteUrl } from "./helpers";

test.afterAll(closeDatabase);

test("a WCO admin uploads a SCORM package and writes the quiz; a learner finishes the package in its pop-up, passes the quiz, sends the evaluation, completes the course and downloads a certificate that anyone can verify", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await signIn(page, undefined, "wco.admin");
  await expect(page).toHaveURL(siteUrl(undefined, "/dashboard"));
  await page.goto(siteUrl(undefined, "/author/courses"));
  await page.getByRole("link", { name: "Rules of Origin", exact: true }).click();
  await page.waitForURL(/\/author\/courses\/[0-9a-f-]{36}$/);
  const courseId = new URL(page.url()).pathname.split("/").pop()!;
  // The demo's own package of the first e-learning module is set aside: this author uploads one.
  await query(
    `DELETE FROM "ScormPackage" WHERE "moduleId" = (SELECT id FROM "CourseModule" WHERE "courseId" = $1 AND kind = 'SCORM' ORDER BY position LIMIT 1)`,
    [courseId],
  );
  await page.reload();
  const upload = page.getByTestId("scorm-upload").first();
  await expect(upload).toContainText("No SCORM package yet.");
  await upload
    .locator("input[type=file]")
    .setInputFiles({ name: "not-a-package.zip", mimeType: "application/zip", buffer: Buffer.from("not a zip") });
  await upload.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\w/ })).toHaveText(
    "This file is not a readable zip archive.",
  );
  await page
    .getByTestId("scorm-upload")
    .first()
    .locator("input[type=file]")
    .setInputFiles({ name: "valuation.zip", mimeType: "application/zip", buffer: Buffer.from(scorm12Package()) });
  await page.getByTestId("scorm-upload").first().getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("status").filter({ hasText: /\w/ })).toHaveText(
    "The SCORM package has been checked and saved.",
  );
  await expect(page.getByTestId("scorm-upload").first()).toContainText("Package: Valuation basics (SCORM 1.2, 1 part)");

  // The introduction, the video and the reading become optional; the quiz gets two questions and a 50% pass mark.
  for (const optional of ["Introduction", "Lesson 2 (video)", "Reading material"]) {
    const item = page
      .getByTestId("outline-module")
      .filter({ has: page.getByRole("button", { name: `Save the module ${optional}` }) });
    await item.getByLabel("Required").uncheck();
    await item.getByRole("button", { name: `Save the module ${optional}` }).click();
    await expect(
      page
        .getByTestId("outline-module")
        .filter({ has: page.getByRole("button", { name: `Save the module ${optional}` }) })
        .getByLabel("Required"),
    ).not.toBeChecked();
  }
  await page.getByRole("link", { name: "Questions" }).click();
  await page.waitForURL(/\/quiz\/[0-9a-f-]{36}$/);
  // The demo's own questions are set aside (from the course's bank too): this author writes the quiz.
  await query(`DELETE FROM "QuizQuestion" WHERE "courseId" = (SELECT "courseId" FROM "CourseModule" WHERE id = $1)`, [
    new URL(page.url()).pathname.split("/").pop(),
  ]);
  await page.reload();
  await page.getByLabel(/^Pass mark/).fill("50");
  await page.getByRole("button", { name: "Save the settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await page.getByRole("textbox", { name: "Question" }).fill("Which body administers the Harmonized System?");
  await page.getByRole("textbox", { name: "Answers" }).fill("*WCO\nWTO\nUNCTAD");
  await page.getByRole("button", { name: "Add the question" }).click();
  await expect(page.getByTestId("quiz-entry")).toHaveCount(1);
  await page.getByRole("combobox", { name: "Kind" }).selectOption({ label: "True or false" });
  await page.getByRole("textbox", { name: "Question" }).fill("Origin can decide the duty rate.");
  await page.getByLabel("True or false: the correct answer").selectOption({ label: "True" });
  await page.getByRole("button", { name: "Add the question" }).click();
  await expect(page.getByTestId("quiz-entry")).toHaveCount(2);

  const learner = await (await browser.newContext()).newPage();
  await signIn(learner, "ke", "ke.learner");
  await expect(learner).toHaveURL(siteUrl("ke", "/dashboard"));
  await learner.goto(siteUrl("ke", `/courses/${courseId}`));
  await learner.getByRole("button", { name: "Enrol now" }).click();
  const scormModule = learner.getByTestId("module").filter({ has: learner.getByRole("link", { name: /^Open / }) });

  // The player and the package run under the pages' Content-Security-Policy: no violation in any of its frames.
  const violations: string[] = [];
  learner.context().on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  // First session: she goes to the next page, and the player saves her progress.
  let [player] = await Promise.all([
    learner.waitForEvent("popup"),
    scormModule.getByRole("link", { name: /^Open / }).click(),
  ]);
  let sco = player.frameLocator("iframe[title]").frameLocator("#sco");
  await expect(sco.locator("#where")).toHaveText("Location: start");
  await sco.getByRole("button", { name: "Next page" }).click();
  await expect(player.getByTestId("player-status")).toHaveText("Your progress is saved.");
  await player.close();

  // Second session: the SCO resumes at page 2; she finishes, and the course page shows the tick.
  [player] = await Promise.all([
    learner.waitForEvent("popup"),
    scormModule.getByRole("link", { name: /^Open / }).click(),
  ]);
  sco = player.frameLocator("iframe[title]").frameLocator("#sco");
  await expect(sco.locator("#where")).toHaveText("Location: page-2");
  await sco.getByRole("button", { name: "I have finished" }).click();
  await expect(player.getByTestId("player-status")).toHaveText(/your progress is saved/);
  await expect(learner.getByTestId("module").filter({ hasText: "Completed" }).first()).toBeVisible();
  expect(violations).toEqual([]);

  // The quiz: answered on the page, graded on the server, reviewed.
  await learner.getByRole("link", { name: /^Take the quiz/ }).click();
  await learner.getByRole("button", { name: "Start the quiz" }).click();
  await learner
    .getByRole("group", { name: /Harmonized System/ })
    .getByLabel("WCO")
    .check();
  await learner
    .getByRole("group", { name: /duty rate/ })
    .getByLabel("True")
    .check();
  await learner.getByRole("button", { name: "Submit my answers" }).click();
  await learner.getByRole("dialog").getByRole("button", { name: "Yes, continue" }).click();
  await expect(learner.getByTestId("quiz-result")).toHaveText("Passed: 100% (pass mark 50%).");
  await expect(learner.getByTestId("quiz-review").filter({ hasText: "Correct" })).toHaveCount(2);

  // The evaluation, then the course is complete.
  await learner.getByRole("link", { name: "Back to the course" }).click();
  await learner.getByRole("link", { name: "Course Evaluation" }).click();
  await learner.getByRole("link", { name: /^Give feedback/ }).click();
  for (const question of [
    "How good was the content?",
    "How useful is it for your work?",
    "Would you recommend this course to a colleague?",
  ]) {
    await learner.getByRole("group", { name: question }).getByLabel("5 – very much").check();
  }
  await learner.getByRole("button", { name: "Send the evaluation" }).click();
  await expect(learner.getByRole("status")).toHaveText("Thank you: your evaluation has been sent.");
  await learner.goto(siteUrl("ke", `/courses/${courseId}`));
  await expect(learner.getByRole("status").filter({ hasText: "enrolled" })).toHaveText(
    "You are enrolled in this course: 100% complete.",
  );

  // The certificate: downloaded from the Certificate tab, then checked by anyone from its code.
  await learner.getByRole("link", { name: "Certificate", exact: true }).click();
  const [download] = await Promise.all([
    learner.waitForEvent("download"),
    learner.getByRole("link", { name: "Get my certificate" }).click(),
  ]);
  const pdf = readFileSync((await download.path())!);
  const text = pdfText(pdf);
  expect(text).toContain("Certificate of Completion");
  expect(text).toContain("Amina Wanjiru");
  expect(text).toContain("Rules of Origin");
  const code = /Certificate code: ([0-9A-Z-]{23})/.exec(text)![1];
  expect(download.suggestedFilename()).toBe(`certificate-${code}.pdf`);
  const visitor = await browser.newPage();
  await visitor.goto(siteUrl(undefined, "/verify"));
  await visitor.getByLabel("Certificate code").fill(code.toLowerCase());
  await visitor.getByRole("button", { name: "Check" }).click();
  await expect(visitor.getByTestId("certificate-status")).toHaveText("Valid");
  await expect(visitor.getByTestId("certificate-holder")).toHaveText("Amina Wanjiru");
  expect((await visitor.goto(siteUrl(undefined, "/verify/AAAAA-AAAAA-AAAAA-AAAAA")))?.status()).toBe(404);
  await visitor.close();

  // The package's files are served only on the content origin, only with a valid launch token.
  expect((await learner.goto(siteUrl("content", "/files/forged.token/index.html")))?.status()).toBe(404);
  // ...and the platform's own sites do not serve them at all.
  expect((await learner.goto(siteUrl("ke", "/content/files/forged.token/index.html")))?.status()).toBe(404);
});
