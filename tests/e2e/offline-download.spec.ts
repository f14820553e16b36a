// Courses downloaded for offline use (ADR 0051), in Chromium against PostgreSQL: a learner of her own makes a seeded
// course available offline (its size first; a device short of space is told so; an interrupted download resumes with
// the files it lacks; the progress), removes it with the keyboard after the confirmation and downloads it again, sees
// it in the dashboard's list; without a connection its SCORM files and its video open from the device; her enrolment
// is withdrawn meanwhile, and once the connection returns the course is deleted from the device and leaves the list.
import { expect, test, type Frame, type Page } from "@playwright/test";
import { closeDatabase, query } from "./database";
import { signIn, siteUrl, switchToEnglish } from "./helpers";
import { learnerDevice } from "./learner-device";

test.afterAll(closeDatabase);

const CODE = "ORI-101";
const LEARNER = "ke.offline";

/** A Kenyan officer no other journey uses: a copy of ke.learner's account (same password) under another name. */
async function ownLearner() {
  await query(
    `INSERT INTO "User" SELECT (jsonb_populate_record(NULL::"User", to_jsonb(u) || jsonb_build_object(
       'id', gen_random_uuid(), 'username', $1::text, 'email', $1::text || '@example.org'))).*
     FROM "User" u WHERE username = 'ke.learner' ON CONFLICT DO NOTHING`,
    [LEARNER],
  );
}

/** The content origin's download frame of the page (hidden). */
async function downloadFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((frame) => frame.url().includes("/download?"))).toBe(true);
  return page.frames().find((frame) => frame.url().includes("/download?"))!;
}

test("a learner makes a course available offline, opens its files without a connection, and loses them once her enrolment is withdrawn", async () => {
  test.setTimeout(180_000);
  await ownLearner();
  const [course] = await query<{ id: string }>(`SELECT id FROM "Course" WHERE code = $1`, [CODE]);
  const [sco] = await query<{ packageId: string; href: string }>(
    `SELECT s."packageId", s.href FROM "ScormSco" s JOIN "ScormPackage" p ON p.id = s."packageId"
     WHERE p."courseId" = $1 AND p."replacedAt" IS NULL ORDER BY s.position LIMIT 1`,
    [course.id],
  );
  const [video] = await query<{ moduleId: string; bytes: number }>(
    `SELECT c."moduleId", c.bytes FROM "ModuleContent" c JOIN "CourseModule" m ON m.id = c."moduleId"
     WHERE c."courseId" = $1 AND m.kind = 'VIDEO'`,
    [course.id],
  );
  const device = await learnerDevice();
  const page = await device.context.newPage();
  await signIn(page, "ke", LEARNER);
  await expect(page).toHaveURL(siteUrl("ke", "/dashboard"), { timeout: 30_000 });
  // Its quiz is timed for this visit: the panel says, before anything is downloaded, that it needs a connection.
  const [{ limit }] = await query<{ limit: number | null }>(
    `SELECT "timeLimitMinutes" AS limit FROM "QuizSettings" WHERE "courseId" = $1`,
    [course.id],
  );
  await query(`UPDATE "QuizSettings" SET "timeLimitMinutes" = 20 WHERE "courseId" = $1`, [course.id]);
  await page.goto(siteUrl("ke", `/courses/${course.id}`));
  await page.getByRole("button", { name: "Enrol now" }).click();

  // The size before anything is downloaded.
  const panel = page.getByTestId("offline-download");
  const status = panel.getByTestId("offline-status");
  try {
    await expect(status).toHaveText(/^Download size: \d+(\.\d)? MB\. /, { timeout: 20_000 });
    await expect(panel.getByTestId("offline-online-only")).toHaveText(
      "A timed quiz needs a connection and cannot be taken offline: Final quiz.",
    );
  } finally {
    await query(`UPDATE "QuizSettings" SET "timeLimitMinutes" = $2 WHERE "courseId" = $1`, [course.id, limit]);
  }
  const size = /Download size: ([\d.]+ MB)/.exec((await status.textContent())!)![1];
  // Every status the panel shows, to read the progress back.
  await status.evaluate((element) => {
    const seen: string[] = [];
    (window as unknown as { statuses: string[] }).statuses = seen;
    new MutationObserver(() => seen.push(element.textContent ?? "")).observe(element, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  const frame = await downloadFrame(page);
  const { files, bytes } = await page.evaluate(
    async (id) => (await fetch(`/api/offline/courses/${id}?device=${crypto.randomUUID()}`)).json(),
    course.id,
  );

  // A device short of space is told how much the course needs, and nothing is fetched.
  await frame.evaluate(() => {
    const storage = navigator.storage as StorageManager & { real?: StorageManager["estimate"] };
    storage.real = storage.estimate;
    storage.estimate = async () => ({ quota: 100_000, usage: 0 });
  });
  await panel.getByRole("button", { name: "Make available offline" }).click();
  await expect(status).toHaveText(
    new RegExp(
      `^Not enough space on this device: the course needs ${size.replace(".", "\\.")} and 0\\.1 MB is free\\.`,
    ),
  );
  await frame.evaluate(() => {
    const storage = navigator.storage as StorageManager & { real?: StorageManager["estimate"] };
    storage.estimate = storage.real!;
  });

  // A download interrupted after three files keeps them; resumed, it fetches only the others.
  await frame.evaluate(() => {
    const real = window.fetch;
    let calls = 0;
    window.fetch = (...args) => (++calls > 3 ? Promise.reject(new TypeError("Failed to fetch")) : real(...args));
    (window as unknown as { realFetch: typeof fetch }).realFetch = real;
  });
  await panel.getByRole("button", { name: "Make available offline" }).click();
  await expect(status).toHaveText(/^The download was interrupted\. /);
  await frame.evaluate(() => {
    window.fetch = (window as unknown as { realFetch: typeof fetch }).realFetch;
  });
  const fetched: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/offline/")) fetched.push(request.url());
  });
  await panel.getByRole("button", { name: "Resume the download" }).click();
  await expect(status).toHaveText(`Available offline on this device (${size}).`, { timeout: 60_000 });
  const statuses = await page.evaluate(() => (window as unknown as { statuses: string[] }).statuses);
  expect(statuses.some((text) => /^Downloading: [\d.]+ MB of [\d.]+ MB \(\d+ %\)\.$/.test(text))).toBe(true);
  expect(fetched).toHaveLength(files.length - 3);

  // "Remove", with the keyboard: it asks first, then the course leaves the device; downloaded again, in full.
  await panel.getByRole("button", { name: /^Remove/ }).focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("You can download it again while you are enrolled.");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(status).toHaveText(/^Download size: /);
  fetched.length = 0;
  const started = Date.now();
  await panel.getByRole("button", { name: "Make available offline" }).click();
  await expect(status).toHaveText(`Available offline on this device (${size}).`, { timeout: 60_000 });
  const seconds = (Date.now() - started) / 1000;
  expect(fetched).toHaveLength(files.length);
  console.log(`${CODE} downloaded for offline use: ${bytes} bytes, ${files.length} files, in ${seconds.toFixed(1)} s`);

  // On a phone: the panel wraps within 390 px.
  await page.setViewportSize({ width: 390, height: 800 });
  await expect(panel.getByRole("button", { name: /^Remove/ })).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 800 });

  // The dashboard lists it, with its size.
  await page.goto(siteUrl("ke", "/dashboard"));
  const kept = page.getByTestId("kept-course");
  await expect(kept).toHaveCount(1);
  await expect(kept).toContainText(size);
  await expect(kept.getByRole("link")).toHaveAttribute("href", `/courses/${course.id}`);
  // In Arabic, right to left, with its "Remove" in Arabic.
  await page.locator("details:has(> ul button[lang=ar]) > summary").click();
  await page.locator("button[lang=ar]").click();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { name: "المُنزّلة على هذا الجهاز" })).toBeVisible();
  await expect(kept.getByRole("button", { name: /^إزالة/ })).toBeVisible();
  await switchToEnglish(page);
  await expect(kept).toHaveCount(1);

  // Without a connection, the course's files open from the device: the SCORM lesson's page, and its video in ranges.
  await device.connection(false);
  const keptFrame = await downloadFrame(page);
  const lesson = `/device/${course.id}/package/${sco.packageId}/${sco.href.split("?")[0]}`;
  await keptFrame.evaluate((src) => {
    const nested = document.createElement("iframe");
    nested.src = src;
    nested.id = "kept-lesson";
    document.body.append(nested);
  }, lesson);
  await expect.poll(() => page.frames().some((f) => f.url().endsWith(lesson))).toBe(true);
  const opened = page.frames().find((f) => f.url().endsWith(lesson))!;
  await expect.poll(() => opened.evaluate(() => document.body?.innerText.length ?? 0)).toBeGreaterThan(0);
  const videoAnswers = await opened.evaluate(async (src) => {
    const whole = await fetch(src);
    const part = await fetch(src, { headers: { range: "bytes=0-99" } });
    return {
      whole: [whole.status, (await whole.arrayBuffer()).byteLength],
      part: [part.status, (await part.arrayBuffer()).byteLength, part.headers.get("content-range")],
      type: whole.headers.get("content-type"),
    };
  }, `/device/${course.id}/media/${video.moduleId}/file`);
  expect(videoAnswers).toEqual({
    whole: [200, video.bytes],
    part: [206, 100, `bytes 0-99/${video.bytes}`],
    type: "video/webm",
  });
  // A file no grant downloaded is not served, online or not.
  expect(await opened.evaluate(async (src) => (await fetch(src)).status, `/device/${course.id}/nothing.html`)).toBe(
    404,
  );

  // Her enrolment is withdrawn while the device is offline; once it connects again, the course leaves the device.
  await query(
    `DELETE FROM "Enrolment" WHERE "courseId" = $1 AND "userId" = (SELECT id FROM "User" WHERE username = $2)`,
    [course.id, LEARNER],
  );
  // The connection returns: the frame asks about its grants at once, and the course is deleted from the device.
  await device.connection(true);
  await expect(page.getByTestId("kept-courses")).toContainText("No course is downloaded on this device.", {
    timeout: 20_000,
  });
  await expect(kept).toHaveCount(0);
  const keptCaches = await (await downloadFrame(page)).evaluate(() => caches.keys());
  expect(keptCaches).not.toContain(`offline-course-${course.id}`);
  // The next dashboard lists nothing and loads no frame: nothing is kept.
  await page.goto(siteUrl("ke", "/dashboard"));
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await expect(page.getByTestId("kept-courses")).toHaveCount(0);
  await expect(page.locator('iframe[src*="/download?"]')).toHaveCount(0);
  await device.close();
});
