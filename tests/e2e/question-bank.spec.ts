import { expect, test } from "@playwright/test";
import { closeDatabase, query } from "./database";
import { signIn, siteUrl } from "./helpers";

test.afterAll(closeDatabase);

const COURSE = "Customs Valuation: the WTO Valuation Agreement";
// Server actions on a loaded machine may take more than the default five seconds to answer.
const ANSWERED = { timeout: 20_000 };

test("an author builds two quizzes from one question bank: a chosen question shared by both, random questions from a category, an edit reaching both, a removal that names them first", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, undefined, "wco.admin");
  await expect(page).toHaveURL(siteUrl(undefined, "/dashboard"), { timeout: 30_000 });
  await page.goto(siteUrl(undefined, "/author/courses"));
  await page.getByRole("link", { name: COURSE, exact: true }).click();
  await page.waitForURL(/\/author\/courses\/[0-9a-f-]{36}$/);
  const courseId = new URL(page.url()).pathname.split("/").pop()!;
  // The demo's own questions are set aside: this author writes the bank.
  await query(`DELETE FROM "QuizQuestion" WHERE "courseId" = $1`, [courseId]);

  // A second quiz in the course (optional, so learners' progress elsewhere is unchanged).
  const addModule = page
    .locator("form")
    .filter({ has: page.getByRole("button", { name: "Add the module" }) })
    .first();
  await addModule.getByLabel("Module title").fill("Final test");
  await addModule.getByLabel("Kind").selectOption({ label: "Quiz" });
  await addModule.getByLabel("Required").uncheck();
  await addModule.getByRole("button", { name: "Add the module" }).click();
  await expect(page.getByRole("link", { name: "Questions" })).toHaveCount(2);
  const quizPages = await page
    .getByRole("link", { name: "Questions" })
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));

  // The bank: a category and three questions in it.
  await page.getByRole("link", { name: "Question bank" }).first().click();
  await page.waitForURL(/\/bank$/);
  await page.getByRole("textbox", { name: /^New category/ }).fill("Methods");
  await page.getByRole("button", { name: "Add the category" }).click();
  await expect(page.getByText("Category added.")).toBeVisible(ANSWERED);
  await page.reload();
  for (const [prompt, lines] of [
    ["Which method comes first?", "*Transaction value\nDeductive value"],
    ["Which method is the last resort?", "*Fall-back\nComputed value"],
    ["Which article defines transaction value?", "*Article 1\nArticle 7"],
  ]) {
    await page.getByLabel("Category", { exact: true }).first().selectOption({ label: "Methods" });
    await page.getByRole("textbox", { name: "Question" }).fill(prompt);
    await page.getByRole("textbox", { name: "Answers" }).fill(lines);
    await page.getByRole("button", { name: "Add the question" }).click();
    await expect(page.getByTestId("bank-question").filter({ hasText: prompt })).toBeVisible(ANSWERED);
  }
  await expect(page.getByTestId("bank-question")).toHaveCount(3);

  // The first quiz: one chosen question and two at random from the category; the second: the same chosen one.
  await page.goto(siteUrl(undefined, quizPages[0]));
  await page.getByLabel(/^Question of the bank/).selectOption({ label: "Which method comes first?" });
  await page.getByRole("button", { name: "Add this question" }).click();
  await expect(page.getByTestId("quiz-entry")).toHaveCount(1, ANSWERED);
  await page.getByLabel("Category", { exact: true }).selectOption({ label: "Methods" });
  await page.getByRole("spinbutton", { name: /^Random questions/ }).fill("2");
  await page.getByRole("button", { name: "Add random questions" }).click();
  await expect(page.getByTestId("quiz-entry")).toHaveCount(2, ANSWERED);
  await expect(page.getByTestId("quiz-entry").nth(1)).toContainText("2 questions at random from Methods");
  await page.goto(siteUrl(undefined, quizPages[1]));
  await page.getByLabel(/^Question of the bank/).selectOption({ label: "Which method comes first?" });
  await page.getByRole("button", { name: "Add this question" }).click();
  await expect(page.getByTestId("quiz-entry")).toHaveCount(1, ANSWERED);

  // Editing the shared question once changes it in both quizzes.
  await page.getByRole("link", { name: "Edit the question Which method comes first?" }).click();
  await expect(page.getByText(/the change reaches every quiz using it/)).toBeVisible();
  await page.getByRole("textbox", { name: "Question" }).fill("Which valuation method comes first?");
  await page.getByRole("button", { name: "Save the question" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The question has been saved." })).toBeVisible(ANSWERED);
  for (const path of quizPages) {
    await page.goto(siteUrl(undefined, path));
    await expect(page.getByTestId("quiz-entry").first()).toContainText("Which valuation method comes first?");
  }
  const slots = await query<{ count: string }>(
    `SELECT count(*) FROM "QuizSlot" s JOIN "QuizQuestion" q ON q.id = s."questionId"
      WHERE q."courseId" = $1 AND q.prompt->>'en' = 'Which valuation method comes first?'`,
    [courseId],
  );
  expect(Number(slots[0].count)).toBe(2);

  // Deleting it from the bank asks first and names both quizzes; cancelling changes nothing.
  await page.goto(siteUrl(undefined, `/author/courses/${courseId}/bank`));
  const shared = page.getByTestId("bank-question").filter({ hasText: "Which valuation method comes first?" });
  await expect(shared).toContainText("Final test");
  await shared.getByRole("button", { name: /^Delete the question/ }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("Final test");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByTestId("bank-question")).toHaveCount(3);
  await shared.getByRole("button", { name: /^Delete the question/ }).click();
  await dialog.getByRole("button", { name: "Yes, continue" }).click();
  await expect(page.getByTestId("bank-question")).toHaveCount(2, ANSWERED);
  await page.goto(siteUrl(undefined, quizPages[1]));
  await expect(page.getByTestId("quiz-entry")).toHaveCount(0, ANSWERED);
});
