// The guide's Report Manager and date filters, and the record of learning's "Previous completions", at desktop
// and phone sizes with axe: the Belgian NC opens the Users Report from the dashboard, filters it by completion
// date and last login (kept in the address, with the name search, and in the export), and a learner who has
// recertified twice sees the earlier completions of the course.
import { expect, test } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { closeDatabase, query } from "./database";
import { answerFrom, signIn, siteUrl, switchToEnglish } from "./helpers";
import { SIZES, checkPage } from "./page-checks";

const DAY_MS = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS);
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

// Three Belgian officers named "Datefilter" in the core course HS-101: one completed 10 days ago and signed in
// yesterday, one completed 100 days ago and signed in 50 days ago, one in progress who never signed in.
// One of them, Ana, recertified twice: her record shows two previous completions.
test.beforeAll(async () => {
  await query(`
    WITH be AS (SELECT "id" FROM "Tenant" WHERE "slug" = 'be'),
         learner AS (SELECT "passwordHash" FROM "User" WHERE "username" = 'be.learner')
    INSERT INTO "User" ("id", "tenantId", "username", "email", "passwordHash", "firstName", "lastName", "locale", "lastLoginAt", "updatedAt")
    SELECT gen_random_uuid(), be."id", v.username, v.username || '@douane.example', learner."passwordHash", v.first, 'Datefilter', 'en', v.login, now()
    FROM be, learner, (VALUES ('be.dates.ana', 'Ana', now() - interval '1 day'),
                               ('be.dates.bert', 'Bert', now() - interval '50 days'),
                               ('be.dates.cleo', 'Cleo', NULL::timestamp)) AS v(username, first, login)
    ON CONFLICT ("username") DO NOTHING`);
  await query(`
    INSERT INTO "Enrolment" ("id", "tenantId", "userId", "courseId", "status", "progressPercent", "completedAt", "grade", "cycle", "cycleStartedAt")
    SELECT gen_random_uuid(), u."tenantId", u."id", c."id", v.status::"EnrolmentStatus", v.progress, v.completed, v.grade, v.cycle, v.started
    FROM (VALUES ('be.dates.ana', 'COMPLETED', 100, now() - interval '10 days', 91.0, 3, now() - interval '20 days'),
                 ('be.dates.bert', 'COMPLETED', 100, now() - interval '100 days', NULL, 1, NULL),
                 ('be.dates.cleo', 'IN_PROGRESS', 30, NULL, NULL, 1, NULL))
           AS v(username, status, progress, completed, grade, cycle, started)
    JOIN "User" u ON u."username" = v.username
    JOIN "Course" c ON c."code" = 'HS-101'
    ON CONFLICT DO NOTHING`);
  await query(`
    INSERT INTO "Certificate" ("id", "tenantId", "userId", "courseId", "code", "cycle", "locale", "holderName", "courseTitle", "grade", "issuedAt", "signatoryName", "replacedAt")
    SELECT gen_random_uuid(), u."tenantId", u."id", c."id", v.code, v.cycle, 'en', 'Ana Datefilter', 'Introduction to the Harmonized System', v.grade, v.issued::timestamp, 'Secretary General', v.replaced
    FROM (VALUES ('DATE-FILT-0001', 1, 64.5, '2023-02-14T10:00:00', now() - interval '400 days'),
                 ('DATE-FILT-0002', 2, 80.0, '2024-03-20T10:00:00', now() - interval '20 days'),
                 ('DATE-FILT-0003', 3, 91.0, (now() - interval '10 days')::text, NULL))
           AS v(code, cycle, grade, issued, replaced)
    JOIN "User" u ON u."username" = 'be.dates.ana'
    JOIN "Course" c ON c."code" = 'HS-101'
    ON CONFLICT DO NOTHING`);
});
test.afterAll(() => closeDatabase());

for (const size of SIZES) {
  test.describe(`at ${size.name} size (${size.width} × ${size.height})`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test("the NC opens the Users Report from the dashboard's Report Manager and filters it by dates, in the address and the export", async ({
      page,
    }) => {
      // Nine page loads with axe, two sign-ins' worth of waiting on a shared machine.
      test.slow();
      await signIn(page, "be", "be.coordinator");
      await expect(page).toHaveURL(siteUrl("be", "/dashboard"), { timeout: 30_000 });
      await switchToEnglish(page);
      const panel = page.getByTestId("report-manager");
      await expect(panel.getByRole("heading", { name: "Report Manager" })).toBeVisible();
      await checkPage(page);
      await panel.getByRole("link", { name: "NC - Users Report" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("NC - Users Report");

      await page.getByLabel("Search by name").fill("datefilter");
      await page.getByRole("button", { name: "Apply" }).click();
      await expect(page.getByTestId("result-count")).toHaveText("3 rows");

      // Completed within the last 30 days: Ana only.
      const completion = page.getByTestId("date-filter-completed");
      await completion.getByLabel("is between start of today and … days before today").fill("30");
      await page.getByRole("button", { name: "Apply" }).click();
      await expect(page.getByTestId("result-count")).toHaveText("1 row");
      await expect(page.getByTestId("report-row")).toContainText("Ana Datefilter");
      await expect(page).toHaveURL(/completedDaysBefore=30/);
      await expect(page).toHaveURL(/q=datefilter/);
      await checkPage(page);

      // Completed after a date 200 days ago and last login before a date 20 days ago: Bert only.
      await completion.getByLabel("is between start of today and … days before today").fill("");
      await completion.getByLabel("is after").fill(isoDay(daysAgo(200)));
      await page
        .getByTestId("date-filter-login")
        .getByLabel("is before")
        .fill(isoDay(daysAgo(20)));
      await page.getByRole("button", { name: "Apply" }).click();
      await expect(page.getByTestId("result-count")).toHaveText("1 row");
      await expect(page.getByTestId("report-row")).toContainText("Bert Datefilter");
      // The fields show the filters read from the address, after a reload too.
      await page.reload();
      await expect(page.getByTestId("date-filter-completed").getByLabel("is after")).toHaveValue(isoDay(daysAgo(200)));

      // The export holds the rows shown, filters included.
      await page.getByText("Export", { exact: true }).click();
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-csv").click()]);
      const csv = await readFile((await download.path())!, "utf8");
      const lines = csv.trim().split(/\r?\n/);
      expect(lines.filter((line) => line.includes("Datefilter"))).toEqual([expect.stringContaining("Bert Datefilter")]);

      // Signed in last within the last 7 days and never mind the completion: Ana (Cleo never signed in).
      await page.goto(siteUrl("be", "/team/reports/users?q=datefilter&loginDaysBefore=7"));
      await expect(page.getByTestId("result-count")).toHaveText("1 row");
      await expect(page.getByTestId("report-row")).toContainText("Ana Datefilter");
    });

    test("the record of learning shows a recertified course's previous completions with their dates and grades", async ({
      page,
    }) => {
      await signIn(page, "be", "be.dates.ana");
      await expect(page).toHaveURL(siteUrl("be", "/dashboard"), { timeout: 30_000 });
      // A learner's dashboard has no Report Manager.
      await expect(page.getByTestId("report-manager")).toHaveCount(0);
      await page.goto(siteUrl("be", "/record-of-learning"));
      await expect(page.getByRole("columnheader", { name: "Previous completions" })).toBeVisible();
      const row = page.getByTestId("record-row").filter({ hasText: "Introduction to the Harmonized System" });
      const previous = row.getByTestId("previous-completions");
      await expect(previous.locator("summary")).toContainText("2 completions");
      await checkPage(page);
      await previous.locator("summary").click();
      await expect(previous.getByRole("listitem")).toHaveText([
        "Mar 20, 2024, grade 80 %",
        "Feb 14, 2023, grade 64.5 %",
      ]);
      await checkPage(page);
    });
  });
}

test("nobody but a manager reaches the Users Report or its export with date filters: 404", async ({ browser }) => {
  const address = "/team/reports/users?completedDaysBefore=30&loginAfter=2026-01-01";
  const exportAddress = "/api/team/reports/users/export?format=csv&completedDaysBefore=30";
  const anonymous = await browser.newPage();
  for (const path of [address, exportAddress])
    // A visitor is sent to sign in (a redirect, status 0 unfollowed) or answered 404: never the report.
    expect([0, 404]).toContain((await answerFrom(anonymous, "be", path)).status);
  const learner = await browser.newPage();
  await signIn(learner, "be", "be.dates.ana");
  await expect(learner).toHaveURL(siteUrl("be", "/dashboard"), { timeout: 30_000 });
  for (const path of [address, exportAddress]) expect((await answerFrom(learner, "be", path)).status).toBe(404);
});
