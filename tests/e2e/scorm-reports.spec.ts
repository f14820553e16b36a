// The SCORM reports in the browser: Kenya's coordinator opens the interaction report of a core course's SCORM
// module, reads a question's rates and responses, and downloads the responses as CSV; the learner sees their
// SCO's status, score and time in their record of learning; and the report's pages and exports answer 404
// (or the sign-in page) to another administration's coordinator, a learner, a visitor and an Academy buyer.
import { readFile } from "node:fs/promises";
import { expect, test, type Browser } from "@playwright/test";
import { closeDatabase, query } from "./database";
import { signIn, siteUrl } from "./helpers";

test.afterAll(closeDatabase);

/** A SCORM 2004 package on the course's SCORM module, arranged in the database (once), with one SCO. */
async function scormModule(code: string, packageTitle: string) {
  const [target] = await query<{ id: string; courseId: string; tenantId: string; isCore: boolean; audience: string }>(
    `SELECT m.id, m."courseId", m."tenantId", m."isCore", m.audience FROM "CourseModule" m JOIN "Course" c ON c.id = m."courseId"
     WHERE c.code = $1 AND m.kind = 'SCORM' ORDER BY m.position LIMIT 1`,
    [code],
  );
  // The demo's own package (and what learners answered in it) is set aside for the one arranged here.
  await query(`DELETE FROM "ScormPackage" WHERE "moduleId" = $1 AND "storageKey" <> 'e2e/none'`, [target.id]);
  await query(
    `INSERT INTO "ScormPackage" (id, "tenantId", "courseId", "moduleId", "isCore", audience, version, title, "storageKey", "fileCount", bytes)
     VALUES (gen_random_uuid(), $1, $2, $3, $4, $5::"Audience", '2004', $6, 'e2e/none', 1, 1) ON CONFLICT DO NOTHING`,
    [target.tenantId, target.courseId, target.id, target.isCore, target.audience, packageTitle],
  );
  const [pkg] = await query<{ id: string }>(`SELECT id FROM "ScormPackage" WHERE "moduleId" = $1 AND number = 1`, [
    target.id,
  ]);
  await query(
    `INSERT INTO "ScormSco" (id, "tenantId", "courseId", "packageId", "isCore", audience, identifier, title, href, position)
     VALUES (gen_random_uuid(), $1, $2, $3, $4, $5::"Audience", 'quiz', $6, 'quiz/index.html', 0) ON CONFLICT DO NOTHING`,
    [target.tenantId, target.courseId, pkg.id, target.isCore, target.audience, packageTitle],
  );
  const [sco] = await query<{ id: string }>(`SELECT id FROM "ScormSco" WHERE "packageId" = $1`, [pkg.id]);
  return { moduleId: target.id, courseId: target.courseId, scoId: sco.id };
}

/** The learner enrolled, with one committed attempt holding `interactions`. */
async function answered(username: string, courseId: string, scoId: string, interactions: object) {
  const [user] = await query<{ id: string; tenantId: string }>(
    `SELECT id, "tenantId" FROM "User" WHERE username = $1`,
    [username],
  );
  await query(
    `INSERT INTO "Enrolment" (id, "tenantId", "userId", "courseId") VALUES (gen_random_uuid(), $1, $2, $3) ON CONFLICT DO NOTHING`,
    [user.tenantId, user.id, courseId],
  );
  await query(
    // The attempt and its answers, one row per question, as a commit stores them (ADR 0028).
    `WITH attempt AS (
       INSERT INTO "ScormAttempt" (id, "tenantId", "userId", "scoId", cmi, "completionStatus", "successStatus", "scoreScaled", "totalSeconds", "commitSeq", "updatedAt")
       VALUES (gen_random_uuid(), $1, $2, $3, $4, 'completed', 'failed', 0.5, 1500, 1, now()) ON CONFLICT DO NOTHING
       RETURNING id, "tenantId", "scoId", cmi, "updatedAt")
     INSERT INTO "ScormInteraction" ("tenantId", "attemptId", "scoId", question, description, response, result, position, "updatedAt")
     SELECT a."tenantId", a.id, a."scoId", x.question, x.description, x.response, x.result, x.position, a."updatedAt"
     FROM attempt a CROSS JOIN LATERAL scorm_cmi_answers(a.cmi) x`,
    [user.tenantId, user.id, scoId, JSON.stringify({ completion_status: "completed", interactions })],
  );
}

const q = (id: string, response: string, result: string) => ({
  id,
  type: "choice",
  description: `Which heading? (${id})`,
  learner_response: response,
  result,
});

async function signedIn(browser: Browser, site: string | undefined, username: string) {
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await signIn(page, site, username);
  await expect(page).not.toHaveURL(/\/sign-in/, { timeout: 30_000 });
  return page;
}

test("Kenya's coordinator reads a SCORM module's questions and downloads the responses; nobody else reaches them", async ({
  page,
  browser,
  playwright,
}) => {
  test.setTimeout(180_000);
  const core = await scormModule("DM-101", "Classification quiz");
  const own = await scormModule("KE-EAC-CET", "Kenya's quiz");
  await answered("ke.learner", core.courseId, core.scoId, {
    "0": q("q1", "b", "incorrect"),
    "1": q("q2", "a", "correct"),
  });
  await answered("ke.coordinator", core.courseId, core.scoId, { "0": q("q1", "a", "correct") });
  await answered("be.learner", core.courseId, core.scoId, { "0": q("q1", "zzz-belgian", "incorrect") });
  await answered("ke.learner", own.courseId, own.scoId, { "0": q("k1", "a", "correct") });

  await signIn(page, "ke", "ke.coordinator");
  // Signing in hashes a password: slow on a busy machine.
  await expect(page).toHaveURL(siteUrl("ke", "/dashboard"), { timeout: 30_000 });
  await page.goto(siteUrl("ke", "/team/reports"));
  await page.getByRole("link", { name: "SCORM interaction report" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("SCORM interaction report");
  await expect(page.getByText("Choose a SCORM module to see how learners answered its questions.")).toBeVisible();
  await page.getByLabel("SCORM module").selectOption(core.moduleId);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByLabel("SCORM module")).toHaveValue(core.moduleId);

  const q1 = page.getByTestId("question-row").filter({ hasText: "q1" });
  await expect(q1).toContainText("Which heading? (q1)");
  await expect(q1.locator("td").nth(1)).toHaveText("2");
  await expect(q1.locator("td").nth(2)).toHaveText("50 %");
  await expect(q1.locator("td").nth(3)).toHaveText("50 %");
  await expect(page.getByTestId("result-count")).toHaveText("3 answers");
  await expect(page.getByTestId("answer-row").filter({ hasText: "Amina Wanjiru" })).toHaveCount(2);
  // Belgium's learner is not Kenya's coordinator's to see.
  await expect(page.getByText("zzz-belgian")).toHaveCount(0);

  await page.getByText("Export the responses", { exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator("details", { hasText: "Export the responses" }).getByTestId("export-csv").click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^scorm-interactions-responses-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "");
  const lines = csv.trim().split("\r\n");
  expect(lines[0]).toBe("Learner,Lesson (SCO),Question,Response,Result,Attempt,Attempt saved");
  expect(lines).toContain(
    "Amina Wanjiru,Classification quiz,q1,b,incorrect,1," + new Date().toISOString().slice(0, 10),
  );
  expect(lines).toHaveLength(4);
  expect(csv).not.toContain("zzz-belgian");

  // The learner's record of learning: the SCO's status, score and time.
  const learner = await signedIn(browser, "ke", "ke.learner");
  await learner.goto(siteUrl("ke", "/record-of-learning"));
  const [coreCourse] = await query<{ title: string }>(
    `SELECT title FROM "CourseTranslation" WHERE "courseId" = $1 AND locale = 'en'`,
    [core.courseId],
  );
  await expect(
    learner
      .getByRole("table", { name: `SCORM results of ${coreCourse.title}` })
      .getByTestId("sco-result-row")
      .filter({ hasText: "Classification quiz" }),
  ).toContainText(/Failed\s*50 %\s*25 min/);

  // Who gets nothing: the report's pages and exports, each with a module to read.
  const teamPage = `/team/reports/interactions?module=${core.moduleId}`;
  const teamExport = `/api/team/reports/interactions/export?module=${core.moduleId}&format=csv`;
  const authorPage = `/author/courses/${own.courseId}/interactions?module=${own.moduleId}`;
  const authorExport = `/api/author/courses/${own.courseId}/interactions/export?module=${own.moduleId}&format=csv`;
  // Node does not resolve subdomains of localhost as the browser does: the requests go to localhost with the
  // site's Host, and the viewer's cookies where the browser would send them.
  const api = await playwright.request.newContext();
  const get = async (p: typeof page, site: string | undefined, path: string) => {
    const cookie = (await p.context().cookies(siteUrl(site))).map((c) => `${c.name}=${c.value}`).join("; ");
    const host = new URL(siteUrl(site)).host;
    return api.get(siteUrl(undefined, path), { headers: { host, cookie }, maxRedirects: 0 });
  };
  const status = async (p: typeof page, site: string | undefined, path: string) => (await get(p, site, path)).status();

  // Kenya's own author reads their course's report; the WCO's author may not read an administration's course.
  expect(await status(page, "ke", authorPage)).toBe(200);
  expect(await status(page, "ke", authorExport)).toBe(200);
  const wco = await signedIn(browser, undefined, "wco.admin");
  expect(await status(wco, undefined, authorPage)).toBe(404);
  expect(await status(wco, undefined, authorExport)).toBe(404);

  // Another administration's coordinator, signed in on the root site: on Kenya's space a visitor (sessions are
  // per site: the pages send to sign-in, the exports answer 404); on the root site, Kenya's own module is not theirs.
  const belgian = await signedIn(browser, undefined, "be.coordinator");
  expect(await status(belgian, "ke", teamPage)).toBe(307);
  expect(await status(belgian, "ke", teamExport)).toBe(404);
  expect(await status(belgian, "ke", authorPage)).toBe(307);
  expect(await status(belgian, "ke", authorExport)).toBe(404);
  expect(await status(belgian, undefined, authorPage)).toBe(404);
  expect(
    await status(belgian, undefined, `/api/team/reports/interactions/export?module=${own.moduleId}&format=csv`),
  ).toBe(404);
  const theirs = await get(belgian, undefined, teamExport);
  expect(await theirs.text()).not.toContain("Amina");

  // A learner, an Academy buyer and a visitor.
  for (const path of [teamPage, teamExport, authorPage, authorExport])
    expect(await status(learner, "ke", path)).toBe(404);
  const buyer = await signedIn(browser, "academy", "academy.buyer");
  for (const path of [teamPage, teamExport, authorPage, authorExport])
    expect(await status(buyer, "academy", path)).toBe(404);
  const visitor = await (await browser.newContext()).newPage();
  expect(await status(visitor, "ke", teamExport)).toBe(404);
  expect(await status(visitor, "ke", authorExport)).toBe(404);
  // The pages send a visitor to sign in, showing nothing.
  expect(await status(visitor, "ke", teamPage)).toBe(307);
  expect((await get(visitor, "ke", teamPage)).headers().location).toMatch(/\/sign-in\?returnTo=/);
  await api.dispose();
  for (const p of [learner, wco, belgian, buyer]) await p.context().close();
});
