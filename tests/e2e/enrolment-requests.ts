// The steps journeys about enrolment requests share: a course closed to self-enrolment, Lucie (a Belgian officer)
// asking to join it. Each journey reopens its course afterwards so that later journeys find it as seeded.
import { expect, type Browser, type Page } from "@playwright/test";
import { query } from "./database";
import { signIn, siteUrl, switchToEnglish } from "./helpers";

/** The WCO admin closes the course titled `title` to self-enrolment from its settings page; returns its id. */
export async function closeToSelfEnrolment(page: Page, title: string): Promise<string> {
  await signIn(page, undefined, "wco.admin");
  await expect(page).toHaveURL(siteUrl(undefined, "/dashboard"));
  await page.goto(siteUrl(undefined, "/author/courses"));
  await page.getByRole("link", { name: title, exact: true }).click();
  await page.waitForURL(/\/author\/courses\/[0-9a-f-]{36}$/);
  const courseId = new URL(page.url()).pathname.split("/").pop()!;
  await page.getByLabel("Learners may enrol themselves").uncheck();
  await page.getByRole("button", { name: "Save the settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  return courseId;
}

/** Opens the course to self-enrolment again, as the seed has it. */
export async function reopenToSelfEnrolment(courseId: string): Promise<void> {
  await query(`UPDATE "Course" SET "selfEnrolment" = true WHERE id = $1`, [courseId]);
}

/** Lucie signs in on Belgium's space and asks to join the course; returns her page, in English. */
export async function lucieRequestsEnrolment(browser: Browser, courseId: string): Promise<Page> {
  const learner = await (await browser.newContext()).newPage();
  await signIn(learner, "be", "be.learner");
  await expect(learner).toHaveURL(siteUrl("be", "/dashboard"));
  await switchToEnglish(learner);
  await learner.goto(siteUrl("be", `/courses/${courseId}`));
  await learner.getByRole("button", { name: "Request enrolment" }).click();
  await expect(learner.getByText("Your request is waiting for your National Coordinator's decision.")).toBeVisible();
  return learner;
}
