// A coordinator's alerts that ask for a decision, and the officer's answer: an enrolment request on a course
// closed to self-enrolment reaches the coordinator's Alerts panel; once denied the alert is done, and the officer
// reads the reason and from when she may ask again, at desktop size and on a phone, with axe on every page.
import { expect, test } from "@playwright/test";
import { checkPage, SIZES } from "./page-checks";
import { signIn, siteUrl, switchToEnglish } from "./helpers";
import { closeToSelfEnrolment, lucieRequestsEnrolment, reopenToSelfEnrolment } from "./enrolment-requests";

const COURSE = "Coordinated Border Management";
// Courses a journey closed to self-enrolment, reopened after it whatever its outcome.
const closedCourses: string[] = [];
test.afterEach(async () => {
  for (const courseId of closedCourses.splice(0)) await reopenToSelfEnrolment(courseId);
});

test("an enrolment request alerts the coordinator, is done once denied, and the officer may not ask again at once", async ({
  page,
  browser,
}) => {
  const courseId = await closeToSelfEnrolment(page, COURSE);
  closedCourses.push(courseId);
  const learner = await lucieRequestsEnrolment(browser, courseId);

  const coordinator = await (await browser.newContext()).newPage();
  await signIn(coordinator, "be", "be.coordinator");
  await expect(coordinator).toHaveURL(siteUrl("be", "/dashboard"));
  await switchToEnglish(coordinator);
  await coordinator.goto(siteUrl("be", "/alerts"));
  const asked = coordinator.getByTestId("alert").filter({ hasText: `Lucie Dubois asks to be enrolled in ${COURSE}` });
  await expect(asked).toHaveAttribute("data-unread", "true");
  await expect(asked.getByTestId("alert-done")).toHaveCount(0);
  await checkPage(coordinator);
  await asked.getByRole("link", { name: "Open" }).click();
  await expect(coordinator).toHaveURL(siteUrl("be", "/team/applications"));
  const row = coordinator
    .getByTestId("application-row")
    .filter({ hasText: "Lucie Dubois" })
    .filter({ hasText: COURSE });
  await row.getByLabel("Reason for denying Lucie Dubois (optional)").fill("Reserved for border agencies this year.");
  await row.getByRole("button", { name: "Deny the application of Lucie Dubois" }).click();
  await coordinator.getByRole("dialog").getByRole("button", { name: "Yes, continue" }).click();
  await expect(coordinator.getByTestId("application-row").filter({ hasText: COURSE }).first()).toContainText("Denied");

  for (const size of SIZES) {
    // The coordinator's alert is done and read.
    await coordinator.setViewportSize({ width: size.width, height: size.height });
    await coordinator.goto(siteUrl("be", "/alerts"));
    const done = coordinator.getByTestId("alert").filter({ hasText: `Lucie Dubois asks to be enrolled in ${COURSE}` });
    await expect(done.getByTestId("alert-done")).toHaveText("Done");
    await expect(done).not.toHaveAttribute("data-unread", "true");
    await checkPage(coordinator);

    // Lucie reads the reason in her alerts and on the course page, without a button to ask again.
    await learner.setViewportSize({ width: size.width, height: size.height });
    await learner.goto(siteUrl("be", "/alerts"));
    // Her alert was written in her own language's course title (she prefers French), read in English.
    await expect(learner.getByTestId("alert").filter({ hasText: /Your request to join .* was denied/ })).toContainText(
      "Reserved for border agencies this year. You may ask again from",
    );
    await checkPage(learner);
    await learner.goto(siteUrl("be", `/courses/${courseId}`));
    await expect(learner.getByText("Your National Coordinator denied your request: Reserved for border")).toBeVisible();
    await expect(learner.getByText(/final until the course's next session: you may ask again from/)).toBeVisible();
    await expect(learner.getByRole("button", { name: "Request enrolment" })).toHaveCount(0);
    await checkPage(learner);
  }
});
