// A seeded course completed end to end in Chromium with the content the seed made: the page, the SCORM package
// (bookmark and scored quiz), the video (seek, resume, the server's threshold), the PDF resource, the quiz, the
// evaluation and the certificate, read back with pdftotext; by a Kenyan officer and by an Academy buyer. Then
// the new routes refuse everyone else, and uploads refuse what they should with a translated message.
import http from "node:http";
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { pdfText } from "../helpers/pdf-text";
import { closeDatabase, query } from "./database";
import { signIn, siteUrl } from "./helpers";

test.afterAll(closeDatabase);

const HS = "Introduction to the Harmonized System";

async function moduleId(code: string, kind: string): Promise<string> {
  const [row] = await query<{ id: string }>(
    `SELECT m.id FROM "CourseModule" m JOIN "Course" c ON c.id = m."courseId" WHERE c.code = $1 AND m.kind = $2`,
    [code, kind],
  );
  return row.id;
}

async function courseId(code: string): Promise<string> {
  return (await query<{ id: string }>(`SELECT id FROM "Course" WHERE code = $1`, [code]))[0].id;
}

/** The bytes the server answers at `address`, asked for by its host name (which only the browser resolves). */
function servedBytes(address: string): Promise<Buffer> {
  const url = new URL(address);
  return new Promise((resolve, reject) =>
    http
      .get(
        { host: "localhost", port: url.port, path: url.pathname + url.search, headers: { host: url.host } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => resolve(Buffer.concat(chunks)));
        },
      )
      .on("error", reject),
  );
}

/** Plays the video element in the page at double speed from `from` until the server's status says `until`. */
async function play(page: Page, from: number, until: RegExp, timeout = 40_000) {
  await page.getByTestId("module-video").evaluate(async (element: HTMLVideoElement, start) => {
    element.muted = true;
    element.playbackRate = 2;
    element.currentTime = start;
    await element.play();
  }, from);
  await expect(page.getByTestId("video-progress")).toHaveText(until, { timeout });
}

async function completeCourse(page: Page, site: string, learnerName: string) {
  await page.getByRole("link", { name: "Course", exact: true }).click();
  const rules = page.getByTestId("completion-rule");
  await expect(rules.filter({ hasText: "Required: watch 80 %" })).toHaveCount(1);
  await expect(rules.filter({ hasText: "Required: pass with 70 %" })).toHaveCount(1);
  await expect(rules.filter({ hasText: "Required: open or download" })).toHaveCount(1);

  // The introduction page: shown is read.
  await page.getByRole("link", { name: "Read – Introduction" }).click();
  await expect(page.getByText("What this course is about")).toBeVisible();
  await page.getByRole("link", { name: "Back to the course" }).click();

  // The SCORM package: a page forward, closed, reopened at the bookmark, quiz passed.
  const scorm = page.getByTestId("module").filter({ has: page.getByRole("link", { name: /^Open / }) });
  let [player] = await Promise.all([page.waitForEvent("popup"), scorm.getByRole("link", { name: /^Open / }).click()]);
  const errors: string[] = [];
  player.on("pageerror", (error) => errors.push(error.message));
  player.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  let sco = player.frameLocator("iframe[title]").frameLocator("#sco");
  await expect(sco.getByRole("heading", { name: "Page 1 of 4" }), errors.join("\n")).toBeVisible({ timeout: 20_000 });
  await sco.getByRole("button", { name: "Next" }).click();
  await expect(sco.getByRole("heading", { name: "Page 2 of 4" })).toBeVisible();
  await expect(player.getByTestId("player-status")).toHaveText(/progress is saved/i);
  await player.close();
  [player] = await Promise.all([page.waitForEvent("popup"), scorm.getByRole("link", { name: /^Open / }).click()]);
  sco = player.frameLocator("iframe[title]").frameLocator("#sco");
  await expect(sco.getByText("Welcome back: you continue where you stopped.")).toBeVisible();
  await expect(sco.getByRole("heading", { name: "Page 2 of 4" })).toBeVisible();
  await sco.getByRole("button", { name: "Next" }).click();
  await sco.getByRole("button", { name: "Next" }).click();
  for (const [question, answer] of [
    [/agreed internationally/, "True"],
    [/never be corrected/, "False"],
    [/Risk management/, "True"],
  ] as const)
    await sco.getByRole("group", { name: question }).getByLabel(answer).check();
  await sco.getByRole("button", { name: "Submit answers" }).click();
  await expect(sco.getByRole("status")).toHaveText("Passed (100 %)");
  await expect(player.getByTestId("player-status")).toHaveText(/progress is saved/i);
  await player.close();

  // The video: a seek to the end counts for nothing, what was played is kept and resumed, 80 % completes it.
  await page.reload();
  const media: Array<import("@playwright/test").Response> = [];
  page.on("response", (response) => {
    if (/\/media\/[^/]+\/file$/.test(response.url())) media.push(response);
  });
  await page.getByRole("link", { name: /^Watch – Lesson 2/ }).click();
  await expect(page.getByTestId("video-progress")).toHaveText("Watched: 0 %");
  await play(page, 0, /Watched: [1-9]\d? %/);
  await page.getByTestId("module-video").evaluate((element: HTMLVideoElement) => element.pause());
  await page.waitForTimeout(500);
  const watchedBefore = Number(/(\d+)/.exec((await page.getByTestId("video-progress").textContent())!)![1]);
  expect(watchedBefore).toBeLessThan(80);
  await page.reload();
  const resumedAt = await page.getByTestId("module-video").evaluate(async (element: HTMLVideoElement) => {
    if (element.readyState < 1) await new Promise((resolve) => element.addEventListener("loadedmetadata", resolve));
    await new Promise((resolve) => setTimeout(resolve, 200));
    return element.currentTime;
  });
  expect(resumedAt).toBeGreaterThan(1);
  await play(page, 18, /Watched: \d+ %/);
  await page.getByTestId("module-video").evaluate((element: HTMLVideoElement) => element.pause());
  await page.waitForTimeout(500);
  const afterSeek = Number(/(\d+)/.exec((await page.getByTestId("video-progress").textContent())!)![1]);
  expect(afterSeek).toBeLessThan(80);
  await play(page, 0, /Module completed\./);
  const src = await page.locator("video source").getAttribute("src");
  expect(new URL(src!).host).toBe(new URL(siteUrl("content")).host);
  // The bytes, as the video element fetched them: partial content from the content origin, of the sniffed type.
  const partial = media.find((response) => response.status() === 206);
  expect(partial).toBeDefined();
  expect(new URL(partial!.url()).host).toBe(new URL(siteUrl("content")).host);
  expect(partial!.headers()["content-type"]).toBe("video/webm");
  expect(partial!.headers()["accept-ranges"]).toBe("bytes");
  expect(partial!.headers()["content-range"]).toMatch(/^bytes \d+-\d+\/\d+$/);
  await page.getByRole("link", { name: "Back to the course" }).click();

  // The resource: opening it completes it and serves the PDF.
  const [pdfResponse] = await Promise.all([
    page.waitForResponse((response) => response.url().includes("/media/")),
    page.getByRole("button", { name: "Open – Reading material" }).click(),
  ]);
  expect(pdfResponse.headers()["content-type"]).toBe("application/pdf");
  // The tab shows Chromium's PDF viewer; the bytes served at that address are read again to check them.
  expect(pdfText(await servedBytes(pdfResponse.url()))).toContain("Reading material");
  await page.goto(siteUrl(site, `/courses/${await courseId("HS-101")}?tab=course`));

  // The quiz: five questions, pass mark 70 %.
  await page.getByRole("link", { name: /^Take the quiz/ }).click();
  await page.getByRole("button", { name: "Start the quiz" }).click();
  for (const [question, answer] of [
    [/agreed internationally/, "True"],
    [/never be corrected/, "False"],
    [/Risk management/, "True"],
    [/headquarters/, "Brussels"],
    [/How many digits/, "6"],
  ] as const)
    await page.getByRole("group", { name: question }).getByLabel(answer, { exact: true }).check();
  await page.getByRole("button", { name: "Submit my answers" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Yes, continue" }).click();
  await expect(page.getByTestId("quiz-result")).toHaveText("Passed: 100% (pass mark 70%).");

  // The evaluation, then the course is complete and the certificate is there.
  await page.getByRole("link", { name: "Back to the course" }).click();
  await page.getByRole("link", { name: "Course Evaluation" }).click();
  await page.getByRole("link", { name: /^Give feedback/ }).click();
  for (const question of [
    "How good was the content?",
    "How useful is it for your work?",
    "Would you recommend this course to a colleague?",
  ])
    await page.getByRole("group", { name: question }).getByLabel("5 – very much").check();
  await page.getByRole("button", { name: "Send the evaluation" }).click();
  await expect(page.getByRole("status")).toHaveText("Thank you: your evaluation has been sent.");
  await page.goto(siteUrl(site, `/courses/${await courseId("HS-101")}`));
  await expect(page.getByRole("status").filter({ hasText: "enrolled" })).toHaveText(
    "You are enrolled in this course: 100% complete.",
  );
  await page.getByRole("link", { name: "Certificate", exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Get my certificate" }).click(),
  ]);
  const text = pdfText(readFileSync((await download.path())!));
  expect(text).toContain("Certificate of Completion");
  expect(text).toContain(learnerName);
  expect(text).toContain(HS);
}

test("a Kenyan officer completes a seeded course with its page, SCORM package, video, resource, quiz and evaluation", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await signIn(page, "ke", "ke.learner");
  await page.waitForURL(/\/dashboard/, { timeout: 30_000 });
  await page.goto(siteUrl("ke", `/courses/${await courseId("HS-101")}`));
  await page.getByRole("button", { name: "Enrol now" }).click();
  await completeCourse(page, "ke", "Amina Wanjiru");
});

test("an Academy buyer completes the course she bought", async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, "academy", "academy.buyer");
  await page.waitForURL(/\/dashboard/);
  await page.goto(siteUrl("academy"));
  await page.getByRole("link", { name: HS }).click();
  await page.getByLabel("Price").first().selectOption("usd");
  await page.getByRole("button", { name: "Buy", exact: true }).click();
  await page.getByRole("button", { name: "Pay" }).click();
  await expect(page.getByText("Your payment is confirmed")).toBeVisible({ timeout: 20_000 });
  await page.getByRole("link", { name: "Start the course" }).click();
  await expect(page.getByText(/You are enrolled in this course/)).toBeVisible();
  const [buyer] = await query<{ first: string; last: string }>(
    `SELECT "firstName" AS first, "lastName" AS last FROM "User" WHERE username = 'academy.buyer'`,
  );
  await completeCourse(page, "academy", `${buyer.first} ${buyer.last}`);
});

test("the new routes answer 404 to another tenant's learner, an Academy buyer and a visitor, and change nothing", async ({
  browser,
}) => {
  const video = await moduleId("KE-EAC-CET", "VIDEO");
  const resource = await moduleId("KE-EAC-CET", "RESOURCE");
  const page = await moduleId("KE-EAC-CET", "PAGE");
  const count = async () =>
    (
      await query<{ n: string }>(
        `SELECT (SELECT count(*) FROM "VideoProgress") + (SELECT count(*) FROM "ModuleCompletion") AS n`,
      )
    )[0].n;
  const before = await count();
  for (const [who, site] of [
    ["be.learner", "be"],
    ["academy.buyer", "academy"],
    [null, "ke"],
  ] as const) {
    const context = await browser.newContext();
    const visitor = await context.newPage();
    if (who) {
      await signIn(visitor, site, who);
      await visitor.waitForURL(/\/dashboard/);
    }
    if (!who) await visitor.goto(siteUrl(site, "/"));
    // Posted by the page itself, from its own origin, as the platform's pages post.
    const post = (path: string, body?: unknown) =>
      visitor.evaluate(
        async ([address, data]) =>
          (
            await fetch(address as string, {
              method: "POST",
              redirect: "manual",
              headers: { "content-type": "application/json" },
              body: data === undefined ? undefined : JSON.stringify(data),
            })
          ).status,
        [path, body] as const,
      );
    expect(await post(`/api/learn/video/${video}/progress`, { segments: [[0, 1]], position: 1 })).toBe(404);
    expect(await post(`/api/learn/video/${video}/watched`)).toBe(404);
    expect(await post(`/api/learn/resource/${resource}/open`)).toBe(404);
    expect(await post(`/api/learn/page/${page}/read`)).toBe(404);
    const shown = await visitor.goto(siteUrl(site, `/learn/video/${video}`));
    if (who) expect(shown?.status()).toBe(404);
    else await expect(visitor).toHaveURL(/\/sign-in/);
    await context.close();
  }
  const forged = await browser.newPage();
  expect((await forged.goto(siteUrl("content", "/media/e30.forged/file")))?.status()).toBe(404);
  expect(await count()).toBe(before);
});

test("uploads refuse a video of another type, malformed captions and a renamed executable, with a translated message", async ({
  page,
}) => {
  await signIn(page, "ke", "ke.coordinator");
  await page.waitForURL(/\/dashboard/);
  const course = await courseId("KE-EAC-CET");
  await page.goto(siteUrl("ke", `/author/courses/${course}`));
  const video = page.getByTestId("video-content");
  await video.getByLabel(/^Video file/).setInputFiles({
    name: "lesson.webm",
    mimeType: "video/webm",
    buffer: Buffer.from("%PDF-1.7 this is no video"),
  });
  await video.getByRole("button", { name: "Save video" }).click();
  await expect(page.getByText("The file is not a WebM or MP4 video.")).toBeVisible();
  await page
    .getByTestId("video-content")
    .getByLabel("Captions (WebVTT)")
    .setInputFiles({
      name: "fr.vtt",
      mimeType: "text/vtt",
      buffer: Buffer.from("1\n00:00:01,000 --> 00:00:02,000\nSRT is not WebVTT\n"),
    });
  await page.getByTestId("video-content").getByRole("button", { name: "Upload captions" }).click();
  await expect(page.getByText("The captions are not valid WebVTT.")).toBeVisible();
  const resource = page.getByTestId("resource-content");
  await resource.getByLabel(/^File \(PDF/).setInputFiles({
    name: "guide.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]),
  });
  await resource.getByRole("button", { name: "Save resource" }).click();
  await expect(page.getByText("The file is not a PDF or an office document.")).toBeVisible();
  const [{ n }] = await query<{ n: string }>(
    `SELECT count(*) AS n FROM "ModuleContent" c JOIN "CourseModule" m ON m.id = c."moduleId" WHERE m."courseId" = $1 AND c."storageKey" NOT LIKE '%00000000d000' AND c."storageKey" NOT LIKE 'resource/00000000-%'`,
    [course],
  );
  expect(n).toBe("0");
});
