// Required learning, at desktop and phone sizes with axe: Belgium's National Coordinator enrols Lucie into a
// course with a due date by a pasted list (previewed line by line first), Lucie finds it as required learning
// on her dashboard and in her record of learning with its due date, and once the date has passed the
// coordinator's NC - Course Report flags it overdue and filters it. The course is one no other journey uses;
// Lucie's enrolment in it is removed before and after each run.
import { expect, test, type Page } from "@playwright/test";
import { closeDatabase, query } from "./database";
import { signIn, siteUrl, switchToEnglish } from "./helpers";
import { SIZES, checkPage } from "./page-checks";

const COURSE = "Passenger control with API and PNR";
const DAY_MS = 86_400_000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

async function removeLuciesEnrolment() {
  await query(
    `DELETE FROM "Enrolment" WHERE "userId" = (SELECT "id" FROM "User" WHERE "username" = 'be.learner')
       AND "courseId" = (SELECT "id" FROM "Course" WHERE "code" = 'ENF-PAX')`,
  );
}

test.beforeEach(removeLuciesEnrolment);
test.afterAll(async () => {
  await removeLuciesEnrolment();
  await closeDatabase();
});

async function signInInEnglish(page: Page, username: string) {
  await signIn(page, "be", username);
  await expect(page).toHaveURL(siteUrl("be", "/dashboard"), { timeout: 30_000 });
  await switchToEnglish(page);
}

for (const size of SIZES) {
  test.describe(`at ${size.name} size (${size.width} × ${size.height})`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test("the NC enrols Lucie with a due date by a pasted list; she sees it as required learning; past the date, the NC sees it overdue", async ({
      page,
      browser,
    }) => {
      // Two sign-ins and eight page loads with axe on a shared machine.
      test.slow();
      const due = new Date(Date.now() + 30 * DAY_MS);
      await signInInEnglish(page, "be.coordinator");
      await page.goto(siteUrl("be", "/team"));
      await page.getByRole("link", { name: "Enrol users" }).click();
      await expect(page).toHaveURL(siteUrl("be", "/team/enrol"), { timeout: 30_000 });
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Enrol users into a course", {
        timeout: 15_000,
      });
      await checkPage(page);

      await page.getByRole("combobox", { name: /^Course/ }).selectOption({ label: COURSE });
      await page.getByLabel("Due date").fill(isoDay(due));
      await page.getByLabel("Usernames or e-mail addresses").fill("be.learner\nnobody.here@example.test");
      await page.getByRole("button", { name: "Preview" }).click();
      await expect(page.getByRole("heading", { name: `${COURSE}: 1 of 2 lines can be enrolled` })).toBeVisible({
        timeout: 30_000,
      });
      const lines = page.getByTestId("enrol-line");
      await expect(lines.nth(0)).toContainText("Lucie Dubois");
      await expect(lines.nth(0)).toContainText("Ready to enrol");
      await expect(lines.nth(1)).toContainText("None of the users you manage has this username or e-mail address.");
      // Nothing is stored by the preview.
      expect(
        await query(
          `SELECT 1 FROM "Enrolment" e JOIN "User" u ON u."id" = e."userId" JOIN "Course" c ON c."id" = e."courseId"
           WHERE u."username" = 'be.learner' AND c."code" = 'ENF-PAX'`,
        ),
      ).toHaveLength(0);
      await checkPage(page);
      await page.getByRole("button", { name: /^Enrol 1 user, due / }).click();
      await expect(page.getByRole("status").filter({ hasText: "1 user enrolled" })).toBeVisible({ timeout: 30_000 });

      // Lucie's dashboard and record of learning.
      const learner = await (
        await browser.newContext({ viewport: { width: size.width, height: size.height } })
      ).newPage();
      await signInInEnglish(learner, "be.learner");
      const longDate = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" }).format(due);
      const required = learner.getByTestId("required-course").filter({ hasText: COURSE });
      await expect(required).toContainText(`Due ${longDate}`);
      await checkPage(learner);
      await learner.goto(siteUrl("be", "/record-of-learning"));
      await expect(learner.getByRole("columnheader", { name: "Plan course due date" })).toBeVisible();
      const row = learner.getByTestId("record-row").filter({ hasText: COURSE });
      await expect(row).toContainText("Required");
      const mediumDate = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" }).format(due);
      await expect(row.getByTestId("due-date")).toHaveText(mediumDate);
      await checkPage(learner);
      await learner.context().close();

      // The due date passes without completion.
      await query(
        `UPDATE "Enrolment" SET "dueAt" = now() - interval '2 days'
         WHERE "userId" = (SELECT "id" FROM "User" WHERE "username" = 'be.learner')
           AND "courseId" = (SELECT "id" FROM "Course" WHERE "code" = 'ENF-PAX')`,
      );
      await page.goto(siteUrl("be", "/team/reports/courses"));
      await page.getByLabel("Course name contains").fill("passenger");
      await page.getByLabel("Due date").selectOption({ label: "Overdue only" });
      await page.getByRole("button", { name: "Apply" }).click();
      await expect(page).toHaveURL(/overdue=1/);
      const overdue = page.getByTestId("report-row").filter({ hasText: "Lucie Dubois" });
      await expect(overdue).toContainText(COURSE);
      await expect(overdue.getByTestId("overdue")).toHaveText("Overdue");
      await checkPage(page);
    });
  });
}
