// SCORM progress without a connection (ADR 0049), in Chromium against PostgreSQL: what the learner does offline is
// kept on the device, the player says so, and the course page sends it once the connection returns, after the player
// window was closed offline; a record older than another device's is reported on the device, never stored.
import { expect, test } from "@playwright/test";
import { scorm12QuizPackage } from "../helpers/scorm-fixtures";
import { closeDatabase, query } from "./database";
import { signedIn, siteUrl } from "./helpers";
import { learnerDevice } from "./learner-device";
import { attemptsOf, enrolledLearner, openPlayer, uploadTo } from "./scorm-helpers";

test.afterAll(closeDatabase);

const attemptOf = async (moduleId: string) => (await attemptsOf(moduleId))[0];
const answersOf = async (moduleId: string) =>
  Number(
    (
      await query<{ n: string }>(
        `SELECT count(*) AS n FROM "ScormInteraction" i JOIN "ScormSco" s ON s.id = i."scoId" JOIN "ScormPackage" p ON p.id = s."packageId" WHERE p."moduleId" = $1`,
        [moduleId],
      )
    )[0].n,
  );

test("a lesson passed offline is kept on the device, the player says what waits, and the course page sends it once the connection returns, after the window was closed offline", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const { courseId, moduleId } = await uploadTo(browser, "INT-101", "valuation-quiz.zip", scorm12QuizPackage());
  const device = await learnerDevice();
  const learner = await enrolledLearner(browser, courseId, device.context);

  let { player, sco } = await openPlayer(learner);
  await expect(sco.locator("#launch")).toContainText('"entry":"ab-initio"');
  await expect(player.getByTestId("player-sync")).toHaveText("Everything is saved.");

  await device.connection(false);
  await expect(player.getByTestId("player-sync")).toHaveText("You are offline. Nothing is waiting to be sent.");
  await sco.getByRole("button", { name: "Next page" }).click();
  await expect(player.getByTestId("player-status")).toHaveText(
    "Your progress is kept on this device and is sent as soon as the connection returns.",
  );
  await expect(player.getByTestId("player-sync")).toHaveText(
    "You are offline. 1 record is waiting on this device to be sent.",
  );
  // Read on a phone: the status wraps within 390 px, nothing scrolls sideways.
  await player.setViewportSize({ width: 390, height: 800 });
  await expect(player.getByTestId("player-sync")).toBeInViewport();
  expect(await player.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // The quiz, answered offline: five right answers, 100 points, and the SCO finishes.
  await sco.getByRole("button", { name: "Answer 5 of 5 correctly" }).click();
  await expect(sco.locator("#done")).toBeVisible();
  await expect(player.getByTestId("player-sync")).toHaveText(
    "You are offline. 1 record is waiting on this device to be sent.",
  );
  expect((await attemptOf(moduleId)).commitSeq).toBe(0);

  // The window is closed while still offline: the course page says the progress waits on the device (its sync frame
  // cannot reach the server, whatever the browser says of the connection).
  await player.close();
  await expect(learner.getByTestId("device-progress")).toHaveText(
    "Progress saved on this device, waiting for a connection: 1 record.",
    { timeout: 20_000 },
  );
  await expect(learner.getByTestId("records-waiting")).toHaveText("1 record waiting to be sent");
  expect((await attemptOf(moduleId)).commitSeq).toBe(0);

  // Back online, the course page sends it: PostgreSQL holds the passed quiz, and the page says it is saved.
  await device.connection(true);
  await expect(learner.getByTestId("device-progress")).toHaveText("The progress kept on this device is saved.", {
    timeout: 30_000,
  });
  expect(await attemptOf(moduleId)).toMatchObject({
    completionStatus: "passed",
    successStatus: "passed",
    scoreRaw: 100,
  });
  expect(await answersOf(moduleId)).toBe(5);
  await expect(learner.getByTestId("module").filter({ hasText: "Completed" }).first()).toBeVisible();
  await expect(learner.getByTestId("connection-status")).toHaveText("Online");

  // Nothing waits any more: the course page loads no sync frame, and the player says everything is saved.
  await learner.goto(siteUrl("ke", `/courses/${courseId}?tab=course`));
  await expect(learner.locator('iframe[src*="/sync?"]')).toHaveCount(0);
  await expect(learner.getByTestId("device-progress")).toHaveCount(0);
  ({ player, sco } = await openPlayer(learner));
  await expect(player.getByTestId("player-sync")).toHaveText(/^Everything is saved\. Last synced at .+\.$/);
  await device.close();
});

test("a record kept offline that another device has overtaken is reported on the device and changes nothing", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const { courseId, moduleId } = await uploadTo(browser, "VAL-TP", "valuation-quiz.zip", scorm12QuizPackage());
  const device = await learnerDevice();
  const phone = await enrolledLearner(browser, courseId, device.context);
  const laptop = await signedIn(browser, "ke", "ke.learner");
  await laptop.goto(siteUrl("ke", `/courses/${courseId}?tab=course`));

  // The phone opens the lesson, loses its connection and moves on: its record waits on the phone.
  const onPhone = await openPlayer(phone);
  await expect(onPhone.sco.locator("#launch")).toContainText('"entry":"ab-initio"');
  await device.connection(false);
  await onPhone.sco.getByRole("button", { name: "Next page" }).click();
  await expect(onPhone.player.getByTestId("player-sync")).toHaveText(
    "You are offline. 1 record is waiting on this device to be sent.",
  );

  // Meanwhile the laptop, online, plays the same attempt further: three commits stored.
  const onLaptop = await openPlayer(laptop);
  for (let page = 0; page < 3; page++) await onLaptop.sco.getByRole("button", { name: "Next page" }).click();
  await expect.poll(async () => (await attemptOf(moduleId)).commitSeq).toBe(3);
  await expect(onLaptop.player.getByTestId("player-status")).toHaveText("Your progress is saved.");
  // Its window closes online: the last commit goes with its beacon.
  await onLaptop.player.close();
  await expect.poll(async () => (await attemptOf(moduleId)).commitSeq).toBe(4);
  const stored = await attemptOf(moduleId);

  // The phone's window closes offline; back online, its course page sends the older record: refused, and said so.
  await onPhone.player.close();
  await device.connection(true);
  await expect(phone.getByTestId("device-progress")).toHaveText(
    "Progress from this device was not used: a more recent record of the lesson, from another window or device, is kept.",
    { timeout: 30_000 },
  );
  expect(await attemptOf(moduleId)).toMatchObject({ commitSeq: 4, location: "page-2", sessionId: stored.sessionId });
  await device.close();
});

test("two devices play the same lesson offline; whichever syncs first, the record with the higher sequence is the one kept", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const { courseId, moduleId } = await uploadTo(browser, "ENF-INTEL", "valuation-quiz.zip", scorm12QuizPackage());
  const phoneDevice = await learnerDevice();
  const laptopDevice = await learnerDevice();
  const phone = await enrolledLearner(browser, courseId, phoneDevice.context);
  const laptop = await enrolledLearner(browser, courseId, laptopDevice.context);

  // Both open the lesson online, then lose the connection: the phone moves on one page, the laptop three.
  const onPhone = await openPlayer(phone);
  await expect(onPhone.sco.locator("#launch")).toContainText('"entry":"ab-initio"');
  const onLaptop = await openPlayer(laptop);
  await expect(onLaptop.player.getByTestId("player-sync")).toHaveText("Everything is saved.");
  await phoneDevice.connection(false);
  await laptopDevice.connection(false);
  await onPhone.sco.getByRole("button", { name: "Next page" }).click();
  for (let page = 0; page < 3; page++) await onLaptop.sco.getByRole("button", { name: "Next page" }).click();
  await expect(onLaptop.player.getByTestId("player-sync")).toHaveText(
    "You are offline. 1 record is waiting on this device to be sent.",
  );
  // Both windows close offline: each device keeps its last record (the closing commit included).
  await onPhone.player.close();
  await onLaptop.player.close();
  for (const page of [phone, laptop])
    await expect(page.getByTestId("device-progress")).toHaveText(
      "Progress saved on this device, waiting for a connection: 1 record.",
      { timeout: 20_000 },
    );
  expect((await attemptOf(moduleId)).commitSeq).toBe(0);

  // The phone syncs first: its record (sequence 2) is stored.
  await phoneDevice.connection(true);
  await expect(phone.getByTestId("device-progress")).toHaveText("The progress kept on this device is saved.", {
    timeout: 30_000,
  });
  const fromPhone = await attemptOf(moduleId);
  expect(fromPhone.commitSeq).toBe(2);

  // Then the laptop: its record went further (sequence 4) and replaces the phone's; both devices say saved.
  await laptopDevice.connection(true);
  await expect(laptop.getByTestId("device-progress")).toHaveText("The progress kept on this device is saved.", {
    timeout: 30_000,
  });
  const converged = await attemptOf(moduleId);
  expect(converged).toMatchObject({ commitSeq: 4, location: "page-2", completionStatus: "incomplete" });
  expect(converged.sessionId).not.toBe(fromPhone.sessionId);
  await phoneDevice.close();
  await laptopDevice.close();
});
