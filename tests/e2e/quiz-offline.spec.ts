// Quiz answers that survive a lost connection (ADR 0050), in Chromium against the production build and its
// PostgreSQL: an attempt started online is answered and submitted offline, kept on the device, and graded by the
// server when the connection returns; answers typed come back when the page is opened again; a submission kept while
// the attempt page was closed is sent by the course page; a timed quiz says it cannot be taken offline; the status
// line reads right to left in Arabic at phone width; without JavaScript the form posts as it always did.
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import ar from "../../messages/ar.json";
import { closeDatabase, query } from "./database";
import { DEMO_PASSWORD, signedIn, siteUrl, switchToEnglish } from "./helpers";

test.afterAll(closeDatabase);

// The seeded quiz, in the order it asks (no shuffle): the right answer of each.
const RIGHT = [
  [/agreed internationally/, "True"],
  [/never be corrected/, "False"],
  [/Risk management/, "True"],
  [/headquarters/, "Brussels"],
  [/How many digits/, "6"],
] as const;

async function quizOf(code: string) {
  const [row] = await query<{ courseId: string; moduleId: string }>(
    `SELECT c.id AS "courseId", m.id AS "moduleId" FROM "CourseModule" m JOIN "Course" c ON c.id = m."courseId"
     WHERE c.code = $1 AND m.kind = 'QUIZ'`,
    [code],
  );
  return row;
}

const attemptRow = async (id: string) =>
  (
    await query<{ submittedAt: Date | null; scorePercent: number | null; passed: boolean | null; key: string | null }>(
      `SELECT "submittedAt", "scorePercent", passed, "submissionKey" AS key FROM "QuizAttempt" WHERE id = $1`,
      [id],
    )
  )[0];

/** Enrols (when not yet) and starts the course's quiz: the attempt page, ready for answers once hydrated. */
async function startQuiz(page: Page, site: string, code: string) {
  const { courseId, moduleId } = await quizOf(code);
  await page.goto(siteUrl(site, `/courses/${courseId}`));
  const enrol = page.locator(`form[action="/api/courses/${courseId}/enrol"] button`);
  if (await enrol.count()) {
    await enrol.click();
    await expect(enrol).toHaveCount(0);
  }
  await page.goto(siteUrl(site, `/learn/quiz/${moduleId}`));
  await page.locator(`form[action="/api/quiz/${moduleId}/start"] button`).click();
  await page.waitForURL(/\/learn\/quiz\/attempt\/[0-9a-f-]{36}$/);
  await hydrated(page);
  return { courseId, moduleId, attemptId: new URL(page.url()).pathname.split("/").pop()! };
}

/** The page's script runs: the submit button opens its dialog (without it, it is a disclosure). */
const hydrated = (page: Page) => expect(page.locator("main button[aria-haspopup=dialog]")).toBeVisible();

async function answer(page: Page, answers: ReadonlyArray<readonly [RegExp, string]>) {
  for (const [question, choice] of answers)
    await page.getByRole("group", { name: question }).getByLabel(choice, { exact: true }).check();
}

async function submit(page: Page) {
  await page.getByRole("button", { name: "Submit my answers" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Yes, continue" }).click();
}

/** What the device keeps for the attempt (any account), as stored. */
const keptOnDevice = (page: Page, attemptId: string) =>
  page.evaluate(
    (id) =>
      Object.keys(localStorage)
        .filter((key) => key.startsWith("quiz-answers:") && key.endsWith(`:${id}`))
        .map((key) => JSON.parse(localStorage.getItem(key)!) as { state: string; fields: [string, string][] }),
    attemptId,
  );

async function offline(context: BrowserContext, page: Page, off: boolean) {
  await context.setOffline(off);
  await expect(page.getByTestId("connection-status")).toHaveAttribute("data-online", String(!off));
}

test("an attempt started online is answered and submitted offline, kept on the device, and graded when the connection returns", async ({
  browser,
}) => {
  test.slow();
  const page = await signedIn(browser, "ke", "ke.learner");
  const context = page.context();
  const { attemptId } = await startQuiz(page, "ke", "GEN-101");
  const status = page.getByTestId("kept-answers-status");
  // The page, its markup and its data for the browser, names no correct answer: only the server grades.
  const served = await page.evaluate(async () => (await fetch(location.href)).text());
  expect(served).toContain("How many digits");
  expect(served).not.toMatch(/\\?"answer\\?"\s*:/);

  await offline(context, page, true);
  await answer(page, RIGHT);
  await expect(status).toHaveText("Saved on this device.");
  await submit(page);
  await expect(status).toHaveText(
    "Waiting to send (offline). Your answers are saved on this device and will be sent when you are back online.",
  );
  expect((await attemptRow(attemptId)).submittedAt).toBeNull();
  // The header, on every page, says that something waits on this device.
  await expect(page.getByTestId("connection-status")).toHaveText("Offline · 1 record waiting to be sent");
  // The device holds what the learner gave and the submission's key, nothing else.
  const [kept] = await keptOnDevice(page, attemptId);
  expect(kept.state).toBe("waiting");
  expect(kept.fields.map(([name]) => name.split(".")[0]).sort()).toEqual(["q", "q", "q", "q", "q", "submission"]);

  await offline(context, page, false);
  await expect(page.getByTestId("quiz-result")).toHaveText("Passed: 100% (pass mark 70%).");
  await expect(status).toHaveText("Sent: the server has your answers.");
  await expect(page.getByTestId("connection-status")).toHaveText("Online");
  const graded = await attemptRow(attemptId);
  expect(graded).toMatchObject({
    scorePercent: 100,
    passed: true,
    key: kept.fields.find(([n]) => n === "submission")![1],
  });
  expect(graded.submittedAt).not.toBeNull();
  expect(await keptOnDevice(page, attemptId)).toEqual([]);
  await context.close();
});

test("answers typed are restored when the attempt page opens again, and a submission online is graded at once", async ({
  browser,
}) => {
  const page = await signedIn(browser, "ke", "ke.learner");
  const { attemptId } = await startQuiz(page, "ke", "LAB-101");
  await answer(page, [RIGHT[0], RIGHT[3]]);
  await expect(page.getByTestId("kept-answers-status")).toHaveText("Saved on this device.");

  await page.reload();
  await hydrated(page);
  await expect(page.getByRole("group", { name: RIGHT[0][0] }).getByLabel("True", { exact: true })).toBeChecked();
  await expect(page.getByRole("group", { name: RIGHT[3][0] }).getByLabel("Brussels", { exact: true })).toBeChecked();
  await expect(page.getByRole("group", { name: RIGHT[1][0] }).getByLabel("False", { exact: true })).not.toBeChecked();
  await expect(page.getByTestId("kept-answers-status")).toHaveText("Saved on this device.");

  await submit(page);
  await expect(page.getByTestId("quiz-result")).toHaveText("Not passed: 40% (pass mark 70%).");
  expect(await attemptRow(attemptId)).toMatchObject({ scorePercent: 40, passed: false });
  expect(await keptOnDevice(page, attemptId)).toEqual([]);
  await page.context().close();
});

test("a submission kept while the attempt page was closed is sent by the course page when it opens", async ({
  browser,
}) => {
  const page = await signedIn(browser, "ke", "ke.learner");
  const context = page.context();
  const { courseId, attemptId } = await startQuiz(page, "ke", "TRS-101");
  await offline(context, page, true);
  await answer(page, RIGHT);
  await submit(page);
  await expect(page.getByTestId("kept-answers-status")).toContainText("Waiting to send (offline).");
  await page.close();

  await context.setOffline(false);
  const course = await context.newPage();
  await course.goto(siteUrl("ke", `/courses/${courseId}?tab=course`));
  const sent = course.getByTestId("kept-answers-course").getByRole("status");
  await expect(sent).toHaveText("Your quiz answers kept on this device have been sent and graded. See the result");
  expect(await attemptRow(attemptId)).toMatchObject({ scorePercent: 100, passed: true });
  await sent.getByRole("link", { name: "See the result" }).click();
  await expect(course.getByTestId("quiz-result")).toHaveText("Passed: 100% (pass mark 70%).");
  await context.close();
});

test("a timed quiz says it cannot be taken offline, before it starts and when the connection drops", async ({
  browser,
}) => {
  const { moduleId } = await quizOf("IPR-101");
  await query(`UPDATE "QuizSettings" SET "timeLimitMinutes" = 10 WHERE "moduleId" = $1`, [moduleId]);
  const page = await signedIn(browser, "ke", "ke.learner");
  const context = page.context();
  const { courseId } = await quizOf("IPR-101");
  await page.goto(siteUrl("ke", `/courses/${courseId}`));
  const enrol = page.locator(`form[action="/api/courses/${courseId}/enrol"] button`);
  if (await enrol.count()) await enrol.click();
  await page.goto(siteUrl("ke", `/learn/quiz/${moduleId}`));
  const needsConnection = "A timed quiz needs a connection from start to submission: it cannot be taken offline.";
  await expect(page.getByTestId("quiz-needs-connection")).toHaveText(needsConnection);

  await page.getByRole("button", { name: "Start the quiz" }).click();
  await page.waitForURL(/\/learn\/quiz\/attempt\//);
  await hydrated(page);
  await expect(page.getByText(needsConnection)).toBeVisible();
  await offline(context, page, true);
  await expect(page.getByTestId("timed-offline")).toHaveText(
    "You are offline. This quiz is timed and cannot be taken offline: your answers stay on this device, but only those that reach the server before the time limit count.",
  );
  await offline(context, page, false);
  await expect(page.getByTestId("timed-offline")).toHaveCount(0);
  await context.close();
});

test("without JavaScript the attempt posts as a plain form, with its submission's key, and shows the result", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(siteUrl("ke", "/sign-in"));
  await page.getByLabel(/Username or e-mail/).fill("ke.learner");
  await page.getByLabel(/^Password/).fill(DEMO_PASSWORD);
  await page.locator("main form").getByRole("button", { name: "Sign in" }).click();
  // Without a script the sign-in answers with the next page at its own address: the session cookie says it worked.
  await expect.poll(async () => (await context.cookies()).some((c) => c.name === "clikc.session")).toBe(true);
  const { courseId, moduleId } = await quizOf("LEAD-101");
  await page.goto(siteUrl("ke", `/courses/${courseId}`));
  const enrol = page.locator(`form[action="/api/courses/${courseId}/enrol"] button`);
  if (await enrol.count()) await enrol.click();
  await page.goto(siteUrl("ke", `/learn/quiz/${moduleId}`));
  await page.getByRole("button", { name: "Start the quiz" }).click();
  await page.waitForURL(/\/learn\/quiz\/attempt\//);
  const attemptId = new URL(page.url()).pathname.split("/").pop()!;
  await answer(page, RIGHT);
  // The confirmation without a script: a disclosure holding the real submit button.
  await page.locator("main summary", { hasText: "Submit my answers" }).click();
  await page.getByRole("button", { name: "Yes, continue" }).click();
  await expect(page.getByTestId("quiz-result")).toHaveText("Passed: 100% (pass mark 70%).");
  expect(await attemptRow(attemptId)).toMatchObject({ scorePercent: 100, passed: true, key: expect.any(String) });
  await context.close();
});

test("the status line reads right to left in Arabic at phone width", async ({ browser }) => {
  const page = await signedIn(browser, "ke", "ke.learner");
  try {
    const { attemptId } = await startQuiz(page, "ke", "RKC-101");
    await page.locator("details:has(> ul button[lang=ar]) > summary").click();
    await page.locator("button[lang=ar]").click();
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await page.setViewportSize({ width: 390, height: 844 });
    await hydrated(page);
    await page.locator(`main input[type=radio]`).first().check();
    await expect(page.getByTestId("kept-answers-status")).toHaveText(ar.KeptAnswers.status.saved);
    // Readable at 390 px: nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await keptOnDevice(page, attemptId)).toHaveLength(1);
  } finally {
    await switchToEnglish(page);
    await page.context().close();
  }
});
