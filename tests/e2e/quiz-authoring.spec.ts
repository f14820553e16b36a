import { expect, test, type Page } from "@playwright/test";
import { giftQuestions } from "../helpers/quiz-import-files";
import { closeDatabase, query } from "./database";
import { signIn, siteUrl } from "./helpers";

test.afterAll(closeDatabase);

async function openQuiz(page: Page, course: string) {
  await page.goto(siteUrl(undefined, "/author/courses"));
  await page.getByRole("link", { name: course, exact: true }).click();
  await page.waitForURL(/\/author\/courses\/[0-9a-f-]{36}$/);
  await page.getByRole("link", { name: "Questions" }).click();
  await page.waitForURL(/\/quiz\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname.split("/").pop()!;
}

// A quiz's chosen questions in order.
const questionsOf = (moduleId: string) =>
  query<{ prompt: Record<string, string>; position: number }>(
    `SELECT q.prompt, s.position FROM "QuizSlot" s JOIN "QuizQuestion" q ON q.id = s."questionId"
      WHERE s."moduleId" = $1 ORDER BY s.position`,
    [moduleId],
  );
const bankOf = (moduleId: string) =>
  query<{ prompt: Record<string, string> }>(
    `SELECT prompt FROM "QuizQuestion" WHERE "courseId" = (SELECT "courseId" FROM "CourseModule" WHERE id = $1)`,
    [moduleId],
  );

test("an author edits a question in place and in French, imports a GIFT file of 20 questions into the bank after its preview (oversized and wrong files refused with nothing stored), and reorders the quiz", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, undefined, "wco.admin");
  // The first sign-in of a fresh server may wait for its database to warm up.
  await expect(page).toHaveURL(siteUrl(undefined, "/dashboard"), { timeout: 30_000 });
  const moduleId = await openQuiz(page, "The Revised Kyoto Convention");
  // The demo's own questions are set aside (from the course's bank too): this author writes the quiz.
  await query(`DELETE FROM "QuizQuestion" WHERE "courseId" = (SELECT "courseId" FROM "CourseModule" WHERE id = $1)`, [
    moduleId,
  ]);
  await page.reload();

  await page.getByRole("textbox", { name: "Question" }).fill("Which convention simplifies procedures?");
  await page.getByRole("textbox", { name: "Answers" }).fill("*Revised Kyoto\nIstanbul");
  await page.getByRole("button", { name: "Add the question" }).click();
  await expect(page.getByTestId("quiz-entry")).toHaveCount(1);

  // Edit in place: the form opens with the question as written, and saving changes it, not a copy.
  await page.getByRole("link", { name: "Edit the question Which convention simplifies procedures?" }).click();
  await expect(page.getByRole("heading", { name: "Edit the question" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Answers" })).toHaveValue("*Revised Kyoto\nIstanbul");
  await page.getByRole("textbox", { name: "Question" }).fill("Which convention simplifies Customs procedures?");
  await page.getByRole("button", { name: "Save the question" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The question has been saved." })).toBeVisible();
  await expect(page.getByTestId("quiz-entry")).toHaveCount(1);
  await expect(page.getByTestId("quiz-entry")).toContainText("Which convention simplifies Customs procedures?");

  // French is marked untranslated until written.
  const languages = page.getByRole("navigation", { name: "Language of the texts being edited" });
  await languages.getByRole("link", { name: "Français (not translated)" }).click();
  await expect(page.getByText(/not yet in Français/).first()).toBeVisible();
  await page.getByRole("textbox", { name: "Question" }).fill("Quelle convention simplifie les procédures douanières ?");
  await page.getByRole("textbox", { name: "Answers" }).fill("*Kyoto révisée\nIstanbul");
  await page.getByRole("button", { name: "Save the question" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The question has been saved." })).toBeVisible();
  await page.reload();
  await expect(languages.getByRole("link", { name: "Français", exact: true })).toBeVisible();
  expect((await questionsOf(moduleId))[0].prompt).toEqual({
    en: "Which convention simplifies Customs procedures?",
    fr: "Quelle convention simplifie les procédures douanières ?",
  });
  await page.getByRole("link", { name: "Close the editing form" }).click();

  // Refused files: a translated message, nothing stored. Imports go into the course's bank.
  await page.getByRole("link", { name: "Open the course's question bank" }).click();
  await page.waitForURL(/\/bank$/);
  const importPanel = page.getByRole("region", { name: "Import questions" });
  const file = importPanel.getByLabel("File");
  await file.setInputFiles({ name: "huge.gift", mimeType: "text/plain", buffer: Buffer.alloc(300 * 1024, "a") });
  await importPanel.getByRole("button", { name: "Preview the import" }).click();
  await expect(importPanel.getByText("The file is larger than 256 KB.")).toBeVisible();
  await file.setInputFiles({
    name: "picture.gift",
    mimeType: "image/png",
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0xfd]),
  });
  await importPanel.getByRole("button", { name: "Preview the import" }).click();
  await expect(importPanel.getByText("The file is not in the chosen format (GIFT text or Moodle XML).")).toBeVisible();
  expect(await bankOf(moduleId)).toHaveLength(1);

  // The GIFT file: previewed (nothing stored yet), then imported into the bank, not into the quiz.
  await file.setInputFiles({ name: "origin.gift", mimeType: "text/plain", buffer: Buffer.from(giftQuestions(20)) });
  await importPanel.getByRole("button", { name: "Preview the import" }).click();
  await expect(importPanel.getByRole("heading", { name: "20 of 20 questions can be imported" })).toBeVisible();
  await expect(importPanel.getByTestId("import-row")).toHaveCount(20);
  await expect(importPanel.getByTestId("import-row").nth(4)).toContainText("Matching");
  expect(await bankOf(moduleId)).toHaveLength(1);
  await importPanel.getByRole("button", { name: "Import 20 questions" }).click();
  await expect(importPanel.getByText("20 questions have been imported.")).toBeVisible();
  await expect(page.getByTestId("bank-question")).toHaveCount(21);
  expect(await questionsOf(moduleId)).toHaveLength(1);

  // Back in the quiz: one imported question added from the bank, then the first entry moves down.
  await page.goBack();
  await page.reload();
  await page
    .getByLabel(/^Question of the bank/)
    .selectOption({ label: "Which body administers the Harmonized System (1)?" });
  await page.getByRole("button", { name: "Add this question" }).click();
  await expect(page.getByTestId("quiz-entry")).toHaveCount(2);
  await page
    .getByRole("button", { name: "Move the question Which convention simplifies Customs procedures? down" })
    .click();
  await expect(page.getByTestId("quiz-entry").nth(1)).toContainText("Which convention simplifies Customs procedures?");
  const stored = await questionsOf(moduleId);
  expect(stored.map((q) => q.position)).toEqual([0, 1]);
  expect(stored[1].prompt.en).toBe("Which convention simplifies Customs procedures?");
});

test("an author edits a news item in place, then translates it; readers see it in their language or its original one", async ({
  page,
  browser,
}) => {
  await signIn(page, undefined, "wco.admin");
  await expect(page).toHaveURL(siteUrl(undefined, "/dashboard"), { timeout: 30_000 });
  await page.goto(siteUrl(undefined, "/author/news"));
  await page.getByLabel("Language of the texts").selectOption({ label: "English" });
  await page.getByRole("textbox", { name: /^Title/ }).fill("Valuation webinar");
  await page.getByRole("textbox", { name: /^Text/ }).fill("On Monday.");
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  const webinar = page.getByTestId("news-item").filter({ hasText: "Valuation webinar" });
  await expect(webinar).toBeVisible();
  await expect(webinar.getByTestId("news-untranslated")).toContainText("Français");

  await page.getByRole("link", { name: "Edit the news item Valuation webinar" }).click();
  const languages = page.getByRole("navigation", { name: "Languages of the news item" });
  await expect(languages.getByRole("link", { name: "English", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("textbox", { name: /^Title/ })).toHaveValue("Valuation webinar");
  await page.getByRole("textbox", { name: /^Title/ }).fill("Valuation webinar moved");
  await page.getByRole("textbox", { name: /^Text/ }).fill("On Tuesday.");
  await page.getByRole("button", { name: "Save the news item" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The news item has been saved." })).toBeVisible();
  await expect(webinar).toHaveCount(1);
  await expect(webinar).toContainText("Valuation webinar moved");

  // French is marked as not translated; its form starts empty and says what French readers see meanwhile.
  await languages.getByRole("link", { name: "Français (not translated)" }).click();
  await expect(page.getByText("This news item is not written in Français yet")).toBeVisible();
  await expect(page.getByRole("textbox", { name: /^Title/ })).toHaveValue("");
  await page.getByRole("textbox", { name: /^Title/ }).fill("Webinaire sur la valeur en douane");
  await page.getByRole("textbox", { name: /^Text/ }).fill("Mardi.");
  await page.getByRole("button", { name: "Save the news item" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The news item has been saved." })).toBeVisible();
  await page.reload();
  await expect(languages.getByRole("link", { name: "Français", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(languages.getByRole("link", { name: "Español (not translated)" })).toBeVisible();
  await expect(webinar.getByTestId("news-untranslated")).not.toContainText("Français");
  const rows = await query<{ locale: string; title: string; body: string; originalLocale: string }>(
    `SELECT t.locale, t.title, t.body, n."originalLocale" FROM "NewsTranslation" t JOIN "NewsItem" n ON n.id = t."newsId"
      WHERE n.id = (SELECT "newsId" FROM "NewsTranslation" WHERE title = 'Valuation webinar moved') ORDER BY t.locale`,
  );
  expect(rows).toEqual([
    { locale: "en", title: "Valuation webinar moved", body: "On Tuesday.", originalLocale: "en" },
    { locale: "fr", title: "Webinaire sur la valeur en douane", body: "Mardi.", originalLocale: "en" },
  ]);

  // Visitors of the home page read it in French, or in English (its original language) in Spanish.
  for (const [locale, title] of [
    ["fr-FR", "Webinaire sur la valeur en douane"],
    ["es-ES", "Valuation webinar moved"],
  ]) {
    const reader = await browser.newContext({ locale });
    const home = await reader.newPage();
    await home.goto(siteUrl(undefined, "/"));
    await expect(home.getByTestId("home-news").filter({ hasText: title })).toBeVisible();
    await reader.close();
  }
});
