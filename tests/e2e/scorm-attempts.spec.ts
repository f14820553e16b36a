// SCORM attempts in Chromium with the repository's SCORM 1.2 conformance quiz (mastery score 80): the author
// allows three attempts graded by the highest score; the learner fails, reviews the failed attempt (review
// mode, no credit), starts attempt 2 of 3 from the player and passes. Each step is read back from PostgreSQL,
// and the certificate exists only once the graded result passes. The door refuses a visitor and another
// administration's learner.
import { expect, test } from "@playwright/test";
import { scorm12QuizPackage } from "../helpers/scorm-fixtures";
import { closeDatabase, query } from "./database";
import { signIn, siteUrl } from "./helpers";

test.afterAll(closeDatabase);
// The machine the suite runs on is shared: signing in (a password hash) and first page loads may be slow.
test.use({ navigationTimeout: 30_000 });

interface Attempt {
  id: string;
  number: number;
  completionStatus: string | null;
  scoreRaw: number | null;
  commitSeq: number;
}

const attemptsOf = (moduleId: string) =>
  query<Attempt>(
    `SELECT a.id, a.number, a."completionStatus", a."scoreRaw", a."commitSeq" FROM "ScormAttempt" a JOIN "ScormSco" s ON s.id = a."scoId" JOIN "ScormPackage" p ON p.id = s."packageId" WHERE p."moduleId" = $1 ORDER BY a.number`,
    [moduleId],
  );
const certificates = async (courseId: string) =>
  Number(
    (
      await query<{ n: string }>(
        `SELECT count(*) AS n FROM "Certificate" c JOIN "User" u ON u.id = c."userId" WHERE c."courseId" = $1 AND u.username = 'ke.learner'`,
        [courseId],
      )
    )[0].n,
  );

test("a learner fails, reviews the failed attempt, starts attempt 2 of 3 and passes; the certificate follows the highest score", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const [course] = await query<{ id: string }>(`SELECT id FROM "Course" WHERE code = 'AEO-101'`);
  const [scorm] = await query<{ id: string }>(
    `SELECT id FROM "CourseModule" WHERE "courseId" = $1 AND kind = 'SCORM'`,
    [course.id],
  );
  const moduleId = scorm.id;

  // The author: the package, then the attempt settings on the module's page.
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, undefined, "wco.admin");
  await expect(admin).toHaveURL(siteUrl(undefined, "/dashboard"), { timeout: 30_000 });
  await admin.goto(siteUrl(undefined, `/author/courses/${course.id}`));
  const upload = admin.getByTestId("scorm-upload").first();
  await upload.locator("input[type=file]").setInputFiles({
    name: "valuation-quiz.zip",
    mimeType: "application/zip",
    buffer: Buffer.from(scorm12QuizPackage()),
  });
  await upload.getByRole("button", { name: "Upload" }).click();
  await expect(admin.getByRole("status").filter({ hasText: /\w/ })).toHaveText(
    "The SCORM package has been checked and saved.",
  );
  await admin.getByRole("link", { name: "Attempts and grading" }).first().click();
  await expect(admin.getByRole("heading", { name: "Attempts and grading" })).toBeVisible();
  await admin.getByLabel("Attempts allowed").fill("3");
  await admin.getByLabel("Grading method").selectOption({ label: "Highest score" });
  await admin.getByRole("button", { name: "Save the attempt settings" }).click();
  await expect(admin.getByRole("status").filter({ hasText: /\w/ })).toHaveText("The attempt settings have been saved.");
  expect(
    await query(
      `SELECT "maxAttempts", grading, "newAttemptAfterCompletion" FROM "ScormSettings" WHERE "moduleId" = $1`,
      [moduleId],
    ),
  ).toEqual([{ maxAttempts: 3, grading: "HIGHEST", newAttemptAfterCompletion: false }]);
  await admin.context().close();
  await query(`UPDATE "CourseModule" SET required = false WHERE "courseId" = $1 AND id <> $2`, [course.id, moduleId]);

  const learner = await (await browser.newContext()).newPage();
  await signIn(learner, "ke", "ke.learner");
  await expect(learner).toHaveURL(siteUrl("ke", "/dashboard"), { timeout: 30_000 });
  await learner.goto(siteUrl("ke", `/courses/${course.id}?tab=course`));
  await learner.getByRole("button", { name: "Enrol now" }).click();
  await expect(learner.getByRole("status").filter({ hasText: "enrolled" })).toContainText("You are enrolled");
  const openPlayer = async () => {
    await learner.goto(siteUrl("ke", `/courses/${course.id}?tab=course`));
    const scormModule = learner.getByTestId("module").filter({ has: learner.getByRole("link", { name: /^Open / }) });
    const [player] = await Promise.all([
      learner.waitForEvent("popup"),
      scormModule.getByRole("link", { name: /^Open / }).click(),
    ]);
    return { player, sco: player.frameLocator("iframe[title]").frameLocator("#sco") };
  };

  // Attempt 1: failed.
  let { player, sco } = await openPlayer();
  await expect(player.getByTestId("attempt-bar")).toContainText("Attempt 1 of 3, graded by highest score");
  await expect(sco.locator("#launch")).toContainText('"entry":"ab-initio","credit":"credit","mode":"normal"');
  await sco.getByRole("button", { name: "Answer 1 of 5 correctly" }).click();
  await expect(player.getByTestId("player-status")).toHaveText(/your progress is saved/);
  expect(await attemptsOf(moduleId)).toMatchObject([{ number: 1, completionStatus: "failed", scoreRaw: 20 }]);
  expect(await certificates(course.id)).toBe(0);
  await player.close();

  // The course page tells where she stands; the player reviews the failed attempt and records nothing. Closing
  // the pop-up reloads the course page behind it, which can interrupt a navigation started at the same moment.
  await expect(async () => {
    await learner.goto(siteUrl("ke", `/courses/${course.id}?tab=course`));
  }).toPass();
  await expect(learner.getByTestId("scorm-attempts")).toHaveText("Attempt 1 of 3, graded by highest score");
  ({ player, sco } = await openPlayer());
  await expect(player.getByTestId("attempt-bar")).toContainText(
    "You are reviewing this attempt: it is over, and nothing you do now changes your result.",
  );
  await expect(sco.locator("#launch")).toContainText('"credit":"no-credit","mode":"review"');
  const [before] = await attemptsOf(moduleId);
  await sco.getByRole("button", { name: "Answer 5 of 5 correctly" }).click();
  await expect(player.getByTestId("player-status")).toHaveText(/your progress is saved/);
  expect(await attemptsOf(moduleId)).toEqual([before]);
  expect(await certificates(course.id)).toBe(0);

  // Attempt 2 of 3, from the player: a fresh attempt, passed.
  await player.getByRole("button", { name: "Start attempt 2 of 3" }).click();
  await expect(player.getByTestId("attempt-bar")).toContainText("Attempt 2 of 3, graded by highest score");
  sco = player.frameLocator("iframe[title]").frameLocator("#sco");
  await expect(sco.locator("#launch")).toContainText(
    '"entry":"ab-initio","credit":"credit","mode":"normal","launchData":"region=ESA","mastery":"80","status":"not attempted"',
  );
  await sco.getByRole("button", { name: "Answer 5 of 5 correctly" }).click();
  await expect(player.getByTestId("player-status")).toHaveText(/your progress is saved/);
  expect(await attemptsOf(moduleId)).toMatchObject([
    { number: 1, completionStatus: "failed", scoreRaw: 20 },
    { number: 2, completionStatus: "passed", scoreRaw: 100 },
  ]);
  expect(await certificates(course.id)).toBe(1);
  await player.close();
  await expect(async () => {
    await learner.goto(siteUrl("ke", `/courses/${course.id}?tab=course`));
  }).toPass();
  await expect(learner.getByTestId("scorm-attempts")).toHaveText("Attempt 2 of 3, graded by highest score");
  await expect(learner.getByTestId("sco-results")).toContainText("score 100 %");

  // The door: a visitor and another administration's learner get 404, and no attempt is created.
  const [latest] = (await attemptsOf(moduleId)).slice(-1);
  // Posted from a page of the site, as its own form would (same origin): the browser resolves *.localhost.
  const post = (page: typeof learner) =>
    page.evaluate(
      async ([url, attemptId]) =>
        (
          await fetch(url, {
            method: "POST",
            body: new URLSearchParams({ attemptId, sco: "0" }),
            redirect: "manual",
          })
        ).status,
      [`/api/learn/scorm/${moduleId}/attempts`, latest.id] as const,
    );
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(siteUrl("ke", "/sign-in"));
  expect(await post(visitor)).toBe(404);
  const belgian = await (await browser.newContext()).newPage();
  await signIn(belgian, "be", "be.learner");
  await expect(belgian).toHaveURL(siteUrl("be", "/dashboard"), { timeout: 30_000 });
  expect(await post(belgian)).toBe(404);
  expect((await attemptsOf(moduleId)).length).toBe(2);
});
