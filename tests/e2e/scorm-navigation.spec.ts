// SCORM 2004 navigation requested by the SCO itself, played in Chromium and read back from PostgreSQL: a SCO that
// requests continue at Terminate lands the learner on the next SCO without a click, adl.nav.request_valid says
// what the server's sequencing allows, suspendAll (and the player's "Exit, resume later") suspends the attempt,
// and the next launch resumes at the suspended SCO with entry "resume".
import { expect, test } from "@playwright/test";
import { scorm2004NavigatingCourse } from "../helpers/scorm-fixtures";
import { closeDatabase, query } from "./database";
import { siteUrl } from "./helpers";
import { enrolledLearner, openPlayer, uploadTo } from "./scorm-helpers";

test.afterAll(closeDatabase);

// A SCO shown after a navigation waits for the player's page, the content origin's frame and the SCO's own page,
// one after the other: several seconds on a busy machine.
const LOADED = { timeout: 20_000 };

const attemptsOf = (moduleId: string) =>
  query<{ identifier: string; completionStatus: string | null; exitMode: string | null; location: string | null }>(
    `SELECT s.identifier, a."completionStatus", a."exitMode", a.location FROM "ScormAttempt" a JOIN "ScormSco" s ON s.id = a."scoId" JOIN "ScormPackage" p ON p.id = s."packageId" WHERE p."moduleId" = $1 ORDER BY s.position, a.number`,
    [moduleId],
  );

test("a SCO's own continue lands on the next SCO; suspendAll and the player's Exit, resume later reopen the suspended SCO with entry resume", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const { courseId, moduleId } = await uploadTo(
    browser,
    "PCA-101",
    "navigating-course.zip",
    scorm2004NavigatingCourse(),
  );
  const learner = await enrolledLearner(browser, courseId);
  // Closing the pop-up reloads the course page behind it, which can interrupt a navigation started at the same moment.
  const backToCourse = () =>
    expect(async () => {
      await learner.goto(siteUrl("ke", `/courses/${courseId}?tab=course`));
    }).toPass();
  const { player } = await openPlayer(learner);
  const sco = () => player.frameLocator("iframe[title]").frameLocator("#sco");

  // The first SCO: the server's sequencing answers request_valid (continue by flow, no previous, a choice of itself).
  await expect(sco().getByRole("heading")).toHaveText("Lesson 1", LOADED);
  await expect(sco().locator("#entry")).toHaveText("Entry: ab-initio");
  await expect(sco().locator("#valid")).toHaveText(
    "Continue valid: true, previous valid: false, choice of nav-1 valid: true",
  );
  // The SCO asks to continue when it terminates: the player opens Lesson 2 without the learner clicking.
  await sco().getByRole("button", { name: "Continue" }).click();
  await expect(sco().getByRole("heading")).toHaveText("Lesson 2", LOADED);
  await expect(sco().locator("#valid")).toHaveText(
    "Continue valid: true, previous valid: true, choice of nav-1 valid: true",
  );
  expect(await attemptsOf(moduleId)).toEqual([
    expect.objectContaining({ identifier: "nav-1", completionStatus: "completed" }),
    expect.objectContaining({ identifier: "nav-2", exitMode: null }),
  ]);

  // suspendAll without cmi.exit: the attempt is suspended and the player closes.
  const closed = player.waitForEvent("close");
  await sco().getByRole("button", { name: "Suspend all" }).click();
  await closed;
  expect((await attemptsOf(moduleId))[1]).toMatchObject({
    identifier: "nav-2",
    exitMode: "suspend",
    location: "suspended-here",
  });

  // Opened again from the course page: the suspended SCO resumes.
  await backToCourse();
  const again = await openPlayer(learner);
  const resumed = () => again.player.frameLocator("iframe[title]").frameLocator("#sco");
  await expect(resumed().getByRole("heading")).toHaveText("Lesson 2", LOADED);
  await expect(resumed().locator("#entry")).toHaveText("Entry: resume");

  // The player's own "Exit, resume later" suspends as well.
  const closedAgain = again.player.waitForEvent("close");
  await again.player.getByRole("button", { name: "Exit, resume later" }).click();
  await closedAgain;
  // Only the SCO left open is suspended (Lesson 1 ended normally, its exit empty as the SCO left it).
  expect((await attemptsOf(moduleId)).map((a) => [a.identifier, a.exitMode === "suspend"])).toEqual([
    ["nav-1", false],
    ["nav-2", true],
  ]);
  await backToCourse();
  const third = await openPlayer(learner);
  const sco3 = () => third.player.frameLocator("iframe[title]").frameLocator("#sco");
  await expect(sco3().getByRole("heading")).toHaveText("Lesson 2", LOADED);
  await expect(sco3().locator("#entry")).toHaveText("Entry: resume");
  // A choice requested by the SCO: back to Lesson 1 (over, so opened in review).
  await sco3().getByRole("button", { name: "Choose nav-1" }).click();
  await expect(sco3().getByRole("heading")).toHaveText("Lesson 1", LOADED);
});
