// The User Guide's "Log in as a guest" (ADR 0042), at desktop and phone size: from the sign-in page to the
// courses open to guests, a course's page, its SCORM module in the pop-up (a page forward and the quiz answered),
// its video and its page, the quiz asking to sign in; every page checked (page-checks.ts), and nothing of the
// guest stored in the database.
import AxeBuilder from "@axe-core/playwright";
import { expect as baseExpect, test } from "@playwright/test";
import { closeDatabase, query } from "./database";
import { siteUrl } from "./helpers";
import { checkPage, SIZES } from "./page-checks";

const LEARNING_TABLES = [
  "Enrolment",
  "ModuleCompletion",
  "VideoProgress",
  "ScormAttempt",
  "ScormInteraction",
  "QuizAttempt",
  "EvaluationResponse",
  "Certificate",
  "Alert",
];

async function learningRows() {
  const counts = await Promise.all(
    LEARNING_TABLES.map(async (table) => [
      table,
      Number((await query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`))[0].n),
    ]),
  );
  return Object.fromEntries(counts);
}

// Every page here is a server render on a busy machine: a navigation's next page may take several seconds.
const expect = baseExpect.configure({ timeout: 20_000 });

test.afterAll(closeDatabase);

for (const size of SIZES) {
  test.describe(`at ${size.name} size (${size.width} × ${size.height})`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });
    test.slow();

    test("a guest follows a course open to guests without an account, and nothing of theirs is recorded", async ({
      page,
    }) => {
      const before = await learningRows();
      await page.goto(siteUrl(undefined, "/sign-in"));
      await expect(page.getByText("Some courses may allow guest access")).toBeVisible();
      await checkPage(page);
      await page.getByRole("link", { name: "Log in as a guest" }).click();
      await expect(page.getByRole("heading", { name: "Guest access", level: 1 })).toBeVisible();
      await expect(page.getByRole("heading", { name: "Courses open to guests" })).toBeVisible();
      await checkPage(page);

      await page.getByRole("link", { name: "Introduction to the Harmonized System" }).first().click();
      await expect(page.getByTestId("guest-notice")).toContainText("nothing you do here is saved");
      await checkPage(page);
      await page.getByRole("link", { name: "Course", exact: true }).click();
      await expect(page.getByRole("link", { name: /^Sign in to take the quiz/ })).toBeVisible();
      await checkPage(page);

      // SCORM in the pop-up: the package runs, its commits are answered in the frame and never stored.
      const scorm = page.getByTestId("module").filter({ has: page.getByRole("link", { name: /^Open / }) });
      const [player] = await Promise.all([
        page.waitForEvent("popup"),
        scorm.getByRole("link", { name: /^Open / }).click(),
      ]);
      await expect(player.getByTestId("guest-notice")).toContainText("your answers and progress are not saved");
      const sco = player.frameLocator("iframe[title]").frameLocator("#sco");
      await expect(sco.getByRole("heading", { name: "Page 1 of 4" })).toBeVisible({ timeout: 20_000 });
      await sco.getByRole("button", { name: "Next" }).click();
      await expect(sco.getByRole("heading", { name: "Page 2 of 4" })).toBeVisible();
      await sco.getByRole("button", { name: "Next" }).click();
      await sco.getByRole("button", { name: "Next" }).click();
      await sco.getByRole("button", { name: "Submit answers" }).click();
      await expect(sco.getByRole("status")).toHaveText(/\(\d+ %\)/);
      await expect(player.getByTestId("player-status")).toHaveText("");
      await expect(player.getByRole("button", { name: "Exit, resume later" })).toHaveCount(0);
      // The package's own document is its author's (with its own landmarks): axe checks the player around it.
      expect((await new AxeBuilder({ page: player }).exclude("iframe").analyze()).violations).toEqual([]);
      await player.close();

      // The video plays from the content origin; the page module reads.
      await page.getByRole("link", { name: /^Watch – / }).click();
      await expect(page.getByTestId("guest-notice")).toBeVisible();
      await expect(page.getByTestId("module-video")).toBeVisible();
      await expect(page.getByTestId("video-progress")).toHaveCount(0);
      await checkPage(page);
      await page.getByRole("link", { name: "Back to the course" }).click();
      await page.getByRole("link", { name: /^Read – / }).click();
      await expect(page.getByTestId("guest-notice")).toBeVisible();
      await checkPage(page);

      expect(await learningRows()).toEqual(before);
    });
  });
}
