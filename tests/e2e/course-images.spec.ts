// Course images and the catalogue's details panel in Chromium: an author uploads an image (made here by sharp) with
// its description, the catalogue card shows it from its renditions (srcset, reserved size, cached for good), only
// signed-in viewers who may see the course get it, and a learner opens a course's details panel with the keyboard,
// at desktop size and on a phone (axe finds nothing), in Arabic right to left, and without JavaScript finds the
// course page instead.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { closeDatabase, query } from "./database";
import { answerFrom, signIn, siteUrl, switchToEnglish } from "./helpers";
import { openMenu } from "./page-checks";

test.afterAll(closeDatabase);

const TITLE = "The EAC Common External Tariff";
const ALT = "Containers stacked at the port of Mombasa";

async function courseId(code: string): Promise<string> {
  return (await query<{ id: string }>(`SELECT id FROM "Course" WHERE code = $1`, [code]))[0].id;
}

const card = (page: Page) => page.getByTestId("course-card").filter({ hasText: TITLE });

/** Signs in and waits until the sign-in page has been left (slow under load, but a failed sign-in stays there). */
async function signedIn(page: Page, site: string, username: string) {
  await signIn(page, site, username);
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"), { timeout: 30_000 });
}

async function noViolations(page: Page) {
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  const sideways = await page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth + 0.5,
  );
  expect(sideways, "the page does not scroll sideways").toBe(false);
}

test("an author uploads a course image with its description; the catalogue shows it, to those who may see the course only", async ({
  page,
  browser,
}) => {
  // Three sign-ins (the author, a buyer, another administration's learner), each slow under load.
  test.setTimeout(180_000);
  const id = await courseId("KE-EAC-CET");
  await signedIn(page, "ke", "ke.coordinator");
  // The language first: switching it sends the browser back to a page of its own choosing.
  await switchToEnglish(page);
  await page.goto(siteUrl("ke", `/author/courses/${id}?locale=en`));
  const form = page.locator("#image");
  // The seed's generated image is decorative: a description typed while it stays so is refused, not dropped,
  // and comes back in its field with the box still ticked.
  await form.getByLabel(/Description of the image/).fill(ALT);
  await form.getByRole("button", { name: "Save image" }).click();
  await expect(form.getByLabel(/Description of the image/)).toHaveAccessibleDescription(
    /A decorative image has no description/,
  );
  await expect(form.getByLabel(/Description of the image/)).toHaveValue(ALT);
  await expect(form.getByLabel(/The image is decorative/)).toBeChecked();
  await form.getByLabel(/The image is decorative/).uncheck();
  // A document renamed .png is refused with a message, and the seeded image stays.
  await form.getByLabel("New image").setInputFiles({
    name: "photo.png",
    mimeType: "image/png",
    buffer: Buffer.from("%PDF-1.7 a document"),
  });
  await form.getByRole("button", { name: "Save image" }).click();
  await expect(page.locator("#image")).toContainText("The image must be a JPEG, PNG or WebP picture.");
  await expect(form.getByLabel(/Description of the image/)).toHaveValue(ALT);
  const picture = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: "#0f766e" } })
    .jpeg()
    .toBuffer();
  await form.getByLabel("New image").setInputFiles({ name: "port.jpg", mimeType: "image/jpeg", buffer: picture });
  await expect(form.getByLabel(/The image is decorative/)).not.toBeChecked();
  await form.getByRole("button", { name: "Save image" }).click();
  await expect(page.getByText("The course image was saved.")).toBeVisible();
  await expect(page.locator("#image").getByTestId("course-image")).toHaveAttribute("alt", ALT);

  await page.goto(siteUrl("ke", `/find-learning?q=${encodeURIComponent("Common External Tariff")}`));
  const image = card(page).getByTestId("course-image");
  await expect(image).toHaveAttribute("alt", ALT);
  await expect(image).toHaveAttribute("width", "640");
  await expect(image).toHaveAttribute("height", "360");
  await expect(image).toHaveAttribute("srcset", /320w.*640w.*960w/);
  expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  const src = await image.evaluate((img: HTMLImageElement) => img.currentSrc);
  const path = new URL(src).pathname;
  const answer = await answerFrom(page, "ke", path);
  expect(answer.status).toBe(200);
  expect(answer.headers["content-type"]).toBe("image/webp");
  expect(answer.headers["cache-control"]).toBe("private, max-age=31536000, immutable");
  // A visitor, an Academy buyer and another administration's officer get nothing for this members' course.
  const stranger = await browser.newContext();
  const visitor = await stranger.newPage();
  expect((await answerFrom(visitor, "ke", path)).status).toBe(404);
  expect((await answerFrom(visitor, "academy", path)).status).toBe(404);
  const buyer = await stranger.newPage();
  await signedIn(buyer, "academy", "academy.buyer");
  expect((await answerFrom(buyer, "academy", path)).status).toBe(404);
  const other = await browser.newContext();
  const be = await other.newPage();
  await signedIn(be, "be", "be.learner");
  expect((await answerFrom(be, "be", path)).status).toBe(404);
  // The same for the course's details panel, which its own learners' catalogue asks for.
  const details = `/api/catalogue/courses/${id}/details`;
  expect((await answerFrom(page, "ke", details)).status).toBe(200);
  expect((await answerFrom(visitor, "ke", details)).status).toBe(404);
  expect((await answerFrom(buyer, "academy", details)).status).toBe(404);
  expect((await answerFrom(be, "be", details)).status).toBe(404);
  expect((await answerFrom(be, undefined, details)).status).toBe(404);
  await Promise.all([stranger.close(), other.close()]);
});

for (const size of [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 390, height: 844 },
] as const) {
  test.describe(`at ${size.name} size`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test("a learner opens a course's details from the catalogue with the keyboard and goes to the course", async ({
      page,
    }) => {
      await signedIn(page, "ke", "ke.learner");
      await openMenu(page);
      await switchToEnglish(page);
      await page.goto(siteUrl("ke", `/find-learning?q=${encodeURIComponent("Common External Tariff")}`));
      await noViolations(page);
      const details = card(page).getByRole("button", { name: `Details: ${TITLE}` });
      await details.focus();
      await page.keyboard.press("Enter");
      const dialog = page.getByRole("dialog", { name: TITLE });
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText("You are not enrolled in this course.");
      await expect(dialog).toContainText("E-learning & Videos");
      await expect(dialog).toContainText("English");
      await expect(dialog).toContainText(/1 hr 30 min/);
      await expect(dialog).toContainText(/\d+ modules/);
      await expect(dialog.getByRole("listitem").first()).toBeVisible();
      await noViolations(page);
      // Escape closes it and focus returns to the button.
      await page.keyboard.press("Escape");
      await expect(dialog).toBeHidden();
      await expect(details).toBeFocused();
      await page.keyboard.press("Enter");
      await dialog.getByRole("link", { name: "Go to course" }).click();
      await expect(page).toHaveURL(new RegExp(`/courses/${await courseId("KE-EAC-CET")}$`));
      await expect(page.getByTestId("course-image")).toHaveAttribute("loading", "eager");

      // The list's one dialog shows the course whose button was pressed, each in turn.
      await page.goto(siteUrl("ke", "/find-learning"));
      const cards = page.getByTestId("course-card");
      for (const index of [1, 0]) {
        const title = (await cards.nth(index).getByRole("heading").innerText()).trim();
        await cards.nth(index).getByTestId("course-details-button").click();
        const shown = page.getByRole("dialog", { name: title });
        await expect(shown).toBeVisible();
        await expect(shown.getByRole("listitem").first()).toBeVisible();
        await page.keyboard.press("Escape");
        await expect(shown).toBeHidden();
      }

      // On a slow connection, a dialog closed and reopened while its details load asks the server once.
      const asked: string[] = [];
      await page.route("**/api/catalogue/courses/*/details", async (route) => {
        asked.push(route.request().url());
        await new Promise((later) => setTimeout(later, 1_500));
        await route.continue();
      });
      const third = cards.nth(2);
      const thirdTitle = (await third.getByRole("heading").innerText()).trim();
      await third.getByTestId("course-details-button").click();
      await expect(page.getByRole("dialog", { name: thirdTitle })).toHaveAttribute("aria-busy", "true");
      await page.keyboard.press("Escape");
      await third.getByTestId("course-details-button").click();
      await expect(page.getByRole("dialog", { name: thirdTitle }).getByRole("listitem").first()).toBeVisible();
      expect(asked).toHaveLength(1);
      await page.unroute("**/api/catalogue/courses/*/details");
    });
  });
}

test("the details panel reads right to left in Arabic, and without JavaScript the card leads to the course page", async ({
  page,
  browser,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signedIn(page, "ke", "ke.learner");
  await page.goto(siteUrl("ke", `/find-learning?q=${encodeURIComponent("Common External Tariff")}`));
  await page.getByTestId("site-menu").locator("> summary").click();
  await page.locator("details:has(> ul button[lang=en]) > summary").click();
  await page.getByRole("button", { name: "العربية", exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await page.getByTestId("course-details-button").first().click();
  const dialog = page.getByTestId("course-details").first();
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("الانتقال إلى الدورة");
  expect(await dialog.evaluate((d) => getComputedStyle(d).direction)).toBe("rtl");
  await noViolations(page);
  await page.keyboard.press("Escape");
  await openMenu(page);
  await switchToEnglish(page);

  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(siteUrl(undefined, "/find-learning"));
  await expect(plain.getByTestId("course-card").first()).toBeVisible();
  // The cards' details buttons are drawn by the server but shown only once the page's script runs.
  await expect(plain.getByTestId("course-details-button").first()).toBeHidden();
  await plain.getByTestId("course-card").first().getByRole("heading").getByRole("link").click();
  await expect(plain).toHaveURL(/\/courses\/[0-9a-f-]{36}$/);
  await noScript.close();
});
