import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";
import { signIn, siteUrl } from "./helpers";

test("the Belgian NC suspends and reactivates a user, and exports the users report as Excel", async ({ page, browser }) => {
  await signIn(page, "be", "be.coordinator");
  await expect(page).toHaveURL(siteUrl("be", "/dashboard"));
  await page.getByRole("link", { name: "Team" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Team");
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  page.on("dialog", (dialog) => dialog.accept());
  const lucie = page.getByTestId("team-row").filter({ hasText: "be.learner" });
  await lucie.getByRole("button", { name: "Suspend Lucie Dubois" }).click();
  await expect(page.getByRole("status").filter({ hasText: "suspended" })).toHaveText("The user is suspended and cannot sign in until reactivated.");
  await expect(page.getByTestId("team-row").filter({ hasText: "be.learner" })).toContainText("Suspended");

  // She cannot sign in while suspended.
  const learner = await (await browser.newContext()).newPage();
  await signIn(learner, "be", "be.learner");
  await expect(learner).toHaveURL(/\/sign-in/);

  await page.getByTestId("team-row").filter({ hasText: "be.learner" }).getByRole("button", { name: "Reactivate Lucie Dubois" }).click();
  await expect(page.getByRole("status").filter({ hasText: "active again" })).toBeVisible();
  await signIn(learner, "be", "be.learner");
  await expect(learner).toHaveURL(siteUrl("be", "/dashboard"));

  // The users report, downloaded as Excel and read back.
  await page.goto(siteUrl("be", "/team/reports/users"));
  await page.getByText("Export", { exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-xlsx").click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
  const rows = workbook.worksheets[0].getSheetValues().filter(Boolean).map((row) => (row as unknown[]).slice(1).map(String));
  expect(rows[0]).toEqual(expect.arrayContaining(["Full name", "Course"]));
  const names = rows.slice(1).map((row) => row[rows[0].indexOf("Full name")]);
  expect(names).toContain("Lucie Dubois");
  expect(names.every((name) => !name.includes("Amina"))).toBe(true);

  // The audit log shows both changes.
  await page.goto(siteUrl("be", "/team/audit"));
  await expect(page.getByTestId("audit-row").nth(0)).toContainText("team.user.reactivate");
  await expect(page.getByTestId("audit-row").nth(1)).toContainText("team.user.suspend");
});
