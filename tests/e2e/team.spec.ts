import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";
import { signIn, siteUrl, switchToEnglish } from "./helpers";
import { closeToSelfEnrolment, lucieRequestsEnrolment, reopenToSelfEnrolment } from "./enrolment-requests";

// Courses a journey closed to self-enrolment, reopened after it whatever its outcome.
const closedCourses: string[] = [];
test.afterEach(async () => {
  for (const courseId of closedCourses.splice(0)) await reopenToSelfEnrolment(courseId);
});

test("the Belgian NC suspends and reactivates a user, and exports the users report as Excel", async ({
  page,
  browser,
}) => {
  await signIn(page, "be", "be.coordinator");
  await expect(page).toHaveURL(siteUrl("be", "/dashboard"));
  await page.getByRole("link", { name: "Team" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Team");
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  const lucie = page.getByTestId("team-row").filter({ hasText: "be.learner" });
  await lucie.getByRole("button", { name: "Suspend Lucie Dubois" }).click();
  await expect(page.getByRole("status").filter({ hasText: "suspended" })).toHaveText(
    "The user is suspended and cannot sign in until reactivated.",
  );
  await expect(page.getByTestId("team-row").filter({ hasText: "be.learner" })).toContainText("Suspended");

  // She cannot sign in while suspended.
  const learner = await (await browser.newContext()).newPage();
  await signIn(learner, "be", "be.learner");
  await expect(learner).toHaveURL(/\/sign-in/);

  await page
    .getByTestId("team-row")
    .filter({ hasText: "be.learner" })
    .getByRole("button", { name: "Reactivate Lucie Dubois" })
    .click();
  await expect(page.getByRole("status").filter({ hasText: "active again" })).toBeVisible();
  await signIn(learner, "be", "be.learner");
  await expect(learner).toHaveURL(siteUrl("be", "/dashboard"));
  await switchToEnglish(learner);
  // Back in, she starts a course, which the users report will show.
  await learner.goto(siteUrl("be", "/find-learning?q=PLDA"));
  await learner.getByTestId("course-card").first().getByRole("link").click();
  await learner.getByRole("button", { name: "Enrol now" }).click();
  await expect(learner.getByRole("status").filter({ hasText: "enrolled" })).toBeVisible();

  // The users report, downloaded as Excel and read back.
  await page.goto(siteUrl("be", "/team/reports/users"));
  await page.getByText("Export", { exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-xlsx").click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
  const rows = workbook.worksheets[0]
    .getSheetValues()
    .filter(Boolean)
    .map((row) => (row as unknown[]).slice(1).map(String));
  expect(rows[0]).toEqual(expect.arrayContaining(["Full name", "Course"]));
  const names = rows.slice(1).map((row) => row[rows[0].indexOf("Full name")]);
  expect(names).toContain("Lucie Dubois");
  expect(names.every((name) => !name.includes("Amina"))).toBe(true);

  // The audit log shows both changes.
  await page.goto(siteUrl("be", "/team/audit"));
  await expect(page.getByTestId("audit-row").nth(0)).toContainText("team.user.reactivate");
  await expect(page.getByTestId("audit-row").nth(1)).toContainText("team.user.suspend");
});

test("an officer asks to join a course closed to self-enrolment and her coordinator accepts from the Applications page", async ({
  page,
  browser,
}) => {
  const courseId = await closeToSelfEnrolment(page, "The Revised Kyoto Convention");
  closedCourses.push(courseId);
  const learner = await lucieRequestsEnrolment(browser, courseId);

  const coordinator = await (await browser.newContext()).newPage();
  await signIn(coordinator, "be", "be.coordinator");
  await expect(coordinator).toHaveURL(siteUrl("be", "/dashboard"));
  await coordinator.goto(siteUrl("be", "/team/applications"));
  // Lucie may have other requests waiting (other journeys ask for other closed courses): this course's row.
  const row = coordinator
    .getByTestId("application-row")
    .filter({ hasText: "Lucie Dubois" })
    .filter({ hasText: "The Revised Kyoto Convention" });
  await expect(row).toBeVisible();
  await row.getByRole("button", { name: "Accept the application of Lucie Dubois" }).click();
  await expect(coordinator.getByRole("status").filter({ hasText: "accepted" })).toHaveText(
    "The application has been accepted.",
  );
  expect((await new AxeBuilder({ page: coordinator }).analyze()).violations).toEqual([]);

  await learner.reload();
  await expect(learner.getByRole("status").filter({ hasText: "enrolled" })).toHaveText(
    "You are enrolled in this course: 0% complete.",
  );
});
