// What the SCORM specs share: a package uploaded through the author's page, the learner enrolled, the player opened.
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { query } from "./database";
import { signIn, siteUrl } from "./helpers";

/** The course's SCORM module gets `zip` through the author's page; its other modules become optional. */
export async function uploadTo(
  browser: Browser,
  code: string,
  name: string,
  zip: Uint8Array,
): Promise<{ courseId: string; moduleId: string }> {
  const [course] = await query<{ id: string }>(`SELECT id FROM "Course" WHERE code = $1`, [code]);
  const [scorm] = await query<{ id: string }>(
    `SELECT id FROM "CourseModule" WHERE "courseId" = $1 AND kind = 'SCORM'`,
    [course.id],
  );
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, undefined, "wco.admin");
  // Signing in hashes the password: slow on a busy machine.
  await expect(admin).toHaveURL(siteUrl(undefined, "/dashboard"), { timeout: 30_000 });
  await admin.goto(siteUrl(undefined, `/author/courses/${course.id}`));
  const upload = admin.getByTestId("scorm-upload").first();
  await upload
    .locator("input[type=file]")
    .setInputFiles({ name, mimeType: "application/zip", buffer: Buffer.from(zip) });
  await upload.getByRole("button", { name: "Upload" }).click();
  await expect(admin.getByRole("status").filter({ hasText: /\w/ })).toHaveText(
    "The SCORM package has been checked and saved.",
  );
  await admin.context().close();
  await query(`UPDATE "CourseModule" SET required = false WHERE "courseId" = $1 AND id <> $2`, [course.id, scorm.id]);
  return { courseId: course.id, moduleId: scorm.id };
}

/**
 * ke.learner signed in and enrolled in the course, on a page of its own context (or of `device`'s); enrolled here
 * unless an earlier journey enrolled them (the quiz journeys use some of the same courses).
 */
export async function enrolledLearner(browser: Browser, courseId: string, device?: BrowserContext): Promise<Page> {
  const learner = await (device ?? (await browser.newContext())).newPage();
  await signIn(learner, "ke", "ke.learner");
  await expect(learner).toHaveURL(siteUrl("ke", "/dashboard"), { timeout: 30_000 });
  await learner.goto(siteUrl("ke", `/courses/${courseId}`));
  const enrol = learner.getByRole("button", { name: "Enrol now" });
  if (await enrol.count()) {
    await enrol.click();
    await expect(enrol).toHaveCount(0);
  }
  // An enrolled learner's course page opens on its introduction: the modules are on the Course tab.
  await learner.goto(siteUrl("ke", `/courses/${courseId}?tab=course`));
  await expect(learner.getByTestId("module").getByRole("link", { name: /^Open / })).toBeVisible();
  return learner;
}

export async function openPlayer(learner: Page, sco?: number) {
  const scormModule = learner.getByTestId("module").filter({ has: learner.getByRole("link", { name: /^Open / }) });
  const [player] = await Promise.all([
    learner.waitForEvent("popup"),
    scormModule.getByRole("link", { name: /^Open / }).click(),
  ]);
  if (sco !== undefined) await player.goto(`${player.url().split("?")[0]}?sco=${sco}`);
  return { player, sco: player.frameLocator("iframe[title]").frameLocator("#sco") };
}

export interface StoredAttempt {
  id: string;
  completionStatus: string | null;
  successStatus: string | null;
  scoreRaw: number | null;
  scoreScaled: number | null;
  totalSeconds: number;
  commitSeq: number;
  location: string | null;
  sessionId: string | null;
  cmi: Record<string, unknown>;
}

/** The module's stored attempts, read from PostgreSQL, SCO by SCO in the package's order, then by number. */
export const attemptsOf = (moduleId: string) =>
  query<StoredAttempt>(
    `SELECT a.* FROM "ScormAttempt" a JOIN "ScormSco" s ON s.id = a."scoId" JOIN "ScormPackage" p ON p.id = s."packageId" WHERE p."moduleId" = $1 ORDER BY s.position, a.number`,
    [moduleId],
  );
