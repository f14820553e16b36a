// Course discussions (ADR 0046): a Kenyan and a Belgian officer discuss a core course and a tutor answers, marked
// "Tutor"; a Kenyan course's discussion stays Kenyan; an Academy learner of the same core course never sees the
// officers' posts; a reported post reaches the tutor, who removes it. At desktop size and on a phone, with axe.
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { onePagePdf } from "../helpers/pdf-fixture";
import { pdfText } from "../helpers/pdf-text";
import { closeDatabase, query } from "./database";
import { checkPage, SIZES } from "./page-checks";
import { DEMO_PASSWORD, signedIn, siteUrl } from "./helpers";

// Pages take seconds on a loaded machine: each assertion waits up to 15 s for what a user would wait for.
const expect = baseExpect.configure({ timeout: 15_000 });

async function courseId(code: string): Promise<string> {
  const [row] = await query<{ id: string }>(`SELECT "id" FROM "Course" WHERE "code" = $1`, [code]);
  return row.id;
}

async function startThread(page: Page, site: string | undefined, course: string, title: string, body: string) {
  await page.goto(siteUrl(site, `/courses/${course}/discussion`));
  await page.getByLabel(/^Subject/).fill(title);
  await page.getByRole("textbox", { name: /^Message/ }).fill(body);
  await page.getByRole("button", { name: "Post the thread" }).click();
  await page.waitForURL(/\/discussion\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return page.url().replace(/[?#].*$/, "");
}

async function reply(page: Page, body: string) {
  await page.getByLabel(/^Your reply/).fill(body);
  const before = page.url();
  await page.getByRole("button", { name: "Post the reply" }).click();
  // A posted reply takes the reader to it (its page, then its anchor): the next reply is typed after that.
  await page.waitForURL((url) => url.href !== before && url.hash.startsWith("#post-"));
  await expect(page.getByTestId("post").filter({ hasText: body })).toBeVisible();
}

test.afterAll(closeDatabase);
// Each journey signs in four or five people one after the other.
test.describe.configure({ timeout: 180_000 });

test("a Kenyan and a Belgian officer discuss a core course, a tutor answers, and a reported post is removed", async ({
  browser,
}) => {
  const hs = await courseId("HS-101");
  const stamp = Date.now();
  const title = `Heading 8471 or 8473? ${stamp}`;

  // The Kenyan coordinator names himself a tutor of the course's discussion for Kenya.
  const tutor = await signedIn(browser, "ke", "ke.coordinator");
  await tutor.goto(siteUrl("ke", `/courses/${hs}/discussion/tutors`));
  if (!(await tutor.getByTestId("tutor").filter({ hasText: "David Otieno" }).count())) {
    await tutor.getByLabel(/^Username/).fill("ke.coordinator");
    await tutor.getByRole("button", { name: "Name a tutor" }).click();
    await expect(tutor.getByTestId("tutor").filter({ hasText: "David Otieno" })).toBeVisible();
  }
  await checkPage(tutor);

  const kenyan = await signedIn(browser, "ke", "ke.learner");
  const thread = await startThread(kenyan, "ke", hs, title, "Which rule comes **first**?");
  const threadPath = new URL(thread).pathname;

  const belgian = await signedIn(browser, "be", "be.learner");
  await belgian.goto(siteUrl("be", `/courses/${hs}/discussion`));
  await belgian.getByRole("link", { name: title }).click();
  await expect(belgian.getByTestId("post").first()).toContainText("Amina Wanjiru");
  await expect(belgian.getByTestId("post").first().locator("strong")).toHaveText("first");
  await reply(belgian, "GIR 1 first, then GIR 6.");
  await reply(belgian, "Buy cheap classification rulings at example.com!");

  await tutor.goto(siteUrl("ke", threadPath));
  await reply(tutor, "Right: the headings and notes first (GIR 1).");
  const tutorPost = tutor.getByTestId("post").filter({ hasText: "the headings and notes first" });
  await expect(tutorPost.getByTestId("tutor-mark")).toHaveText("Tutor");
  await expect(tutor.getByTestId("post").filter({ hasText: "GIR 1 first" }).getByTestId("tutor-mark")).toHaveCount(0);

  // The Kenyan learner sees both administrations' posts and the tutor's mark, and reports the advert.
  for (const size of SIZES) {
    await kenyan.setViewportSize({ width: size.width, height: size.height });
    await kenyan.goto(siteUrl("ke", threadPath));
    await expect(kenyan.getByTestId("post")).toHaveCount(4);
    await expect(kenyan.getByTestId("post").filter({ hasText: "Lucie Dubois" }).first()).toBeVisible();
    await expect(kenyan.getByTestId("post").filter({ hasText: "GIR 1)" }).getByTestId("tutor-mark")).toBeVisible();
    await checkPage(kenyan);
  }
  const advert = kenyan.getByTestId("post").filter({ hasText: "Buy cheap" });
  await advert.getByText("Report this post").click();
  await advert.getByLabel(/^Why should the tutors/).fill("Advertising");
  await advert.getByRole("button", { name: "Report to the tutors" }).click();
  await expect(advert.getByText("the tutors have been told")).toBeVisible();

  // A Jordanian officer reads the same thread in Arabic, right to left.
  const jordanian = await signedIn(browser, undefined, "jo.learner", false);
  await jordanian.goto(siteUrl(undefined, threadPath));
  await expect(jordanian.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(jordanian.getByTestId("tutor-mark")).toHaveText("معلم");
  await checkPage(jordanian);

  // The report reaches the tutor's Alerts; he opens the post and removes it, after confirming.
  for (const size of SIZES) {
    await tutor.setViewportSize({ width: size.width, height: size.height });
    await tutor.goto(siteUrl("ke", "/alerts"));
    await expect(
      tutor
        .getByTestId("alert")
        .filter({ hasText: `“${title}” was reported` })
        .first(),
    ).toBeVisible();
    await checkPage(tutor);
  }
  await tutor
    .getByTestId("alert")
    .filter({ hasText: `“${title}” was reported` })
    .first()
    .getByRole("link")
    .click();
  const reported = tutor.getByTestId("post").filter({ hasText: "Buy cheap" });
  await expect(reported.getByTestId("reported")).toHaveText("Reported once");
  await checkPage(tutor);
  await reported.getByRole("button", { name: /Remove the post/ }).click();
  await tutor.getByRole("dialog").getByRole("button", { name: "Yes, continue" }).click();
  await expect(tutor.getByText("The post has been removed.")).toBeVisible();
  await expect(tutor.getByTestId("post").filter({ hasText: "Buy cheap" })).toHaveCount(0);
  await belgian.goto(siteUrl("be", threadPath));
  await expect(belgian.getByTestId("post").filter({ hasText: "Buy cheap" })).toHaveCount(0);
  const [audit] = await query<{ count: string }>(
    `SELECT count(*) FROM "AuditEvent" WHERE "action" = 'discussion.removePost'`,
  );
  expect(Number(audit.count)).toBeGreaterThan(0);
});

test("a Kenyan course's discussion stays in Kenya, and an Academy learner never sees the officers' posts", async ({
  browser,
}) => {
  const own = await courseId("KE-EAC-CET");
  const hs = await courseId("HS-101");
  const stamp = Date.now();
  const kenyan = await signedIn(browser, "ke", "ke.learner");
  const kenyanThread = new URL(await startThread(kenyan, "ke", own, `EAC bands ${stamp}`, "Three bands?")).pathname;
  const coreThread = new URL(await startThread(kenyan, "ke", hs, `Officers only ${stamp}`, "Hello")).pathname;

  const belgian = await signedIn(browser, "be", "be.learner");
  for (const path of [`/courses/${own}/discussion`, kenyanThread]) {
    expect((await belgian.goto(siteUrl("be", path)))?.status(), path).toBe(404);
  }
  // On the root site the Belgian's session does not apply (sessions are per site): a visitor is asked to sign in.
  const onRoot = await belgian.goto(siteUrl(undefined, kenyanThread));
  expect(onRoot?.status() === 404 || new URL(belgian.url()).pathname === "/sign-in", belgian.url()).toBe(true);
  await expect(belgian.getByText(`EAC bands ${stamp}`)).toHaveCount(0);

  // The Academy learner bought the core course: their discussion has none of the officers' threads.
  const [buyer] = await query<{ id: string; tenantId: string }>(
    `SELECT "id", "tenantId" FROM "User" WHERE "username" = 'academy.buyer'`,
  );
  const [product] = await query<{ id: string }>(
    `SELECT p."id" FROM "StoreProduct" p JOIN "StoreProductCourse" c ON c."productId" = p."id"
     WHERE p."kind" = 'COURSE' AND c."courseId" = $1`,
    [hs],
  );
  // Granted for this journey only: the buyer's purchase of the same course is another journey (module-content).
  const granted = await query<{ id: string }>(
    `INSERT INTO "StoreAccess" ("id", "tenantId", "userId", "productId", "source")
     SELECT gen_random_uuid(), $1, $2, $3, 'PURCHASE'
     WHERE NOT EXISTS (SELECT 1 FROM "StoreAccess" WHERE "userId" = $2 AND "productId" = $3)
     RETURNING "id"`,
    [buyer.tenantId, buyer.id, product.id],
  );
  try {
    const learner = await signedIn(browser, "academy", "academy.buyer");
    for (const size of SIZES) {
      await learner.setViewportSize({ width: size.width, height: size.height });
      await learner.goto(siteUrl("academy", `/courses/${hs}/discussion`));
      await expect(learner.getByRole("heading", { level: 1, name: "Course discussion" })).toBeVisible();
      await expect(learner.getByText(`Officers only ${stamp}`)).toHaveCount(0);
      await checkPage(learner);
    }
    expect((await learner.goto(siteUrl("academy", coreThread)))?.status()).toBe(404);
    expect((await learner.goto(siteUrl("academy", `/courses/${own}/discussion`)))?.status()).toBe(404);
  } finally {
    for (const { id } of granted) await query(`DELETE FROM "StoreAccess" WHERE "id" = $1`, [id]);
  }
  // A visitor is sent to sign in, and sees nothing of it.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(siteUrl("ke", kenyanThread));
  await expect(visitor).toHaveURL(/sign-in/);
});

test("a learner replies with a PDF, and the other participant sees it listed and downloads it", async ({ browser }) => {
  const own = await courseId("KE-EAC-CET");
  const stamp = Date.now();
  const notes = onePagePdf(`EAC tariff notes ${stamp}`);
  const appendix = onePagePdf(`EAC tariff appendix ${stamp}`, 10 * 1024 * 1024 - 4096);
  const map = onePagePdf(`EAC tariff map ${stamp}`, 1024 * 1024);
  const coordinator = await signedIn(browser, "ke", "ke.coordinator");
  const thread = await startThread(coordinator, "ke", own, `Tariff notes ${stamp}`, "Who has this year's notes?");
  const threadId = thread.split("/").pop()!;
  try {
    const learner = await signedIn(browser, "ke", "ke.learner");
    await learner.goto(thread);
    const replyText = learner.getByLabel(/^Your reply/);
    const files = learner.getByLabel(/^Files/);
    await expect(learner.getByText(/^Up to 3 files of 10 MB each: PDF, Word/)).toBeVisible();

    // A fourth file is refused before anything is sent, next to the field, and the reply typed stays.
    await replyText.fill(`The notes are attached ${stamp}.`);
    await files.setInputFiles(
      ["1", "2", "3", "4"].map((n) => ({ name: `part-${n}.pdf`, mimeType: "application/pdf", buffer: notes })),
    );
    await learner.getByRole("button", { name: "Post the reply" }).click();
    await expect(learner.getByText("A post carries at most 3 files.")).toBeVisible();
    await expect(replyText).toHaveValue(`The notes are attached ${stamp}.`);

    // A page that only claims to be a PDF is refused by the server: back to the form, the reply still typed.
    await files.setInputFiles({
      name: "notes.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("<!doctype html>"),
    });
    await learner.getByRole("button", { name: "Post the reply" }).click();
    await expect(learner.getByText("The file is not a PDF or an office document.")).toBeVisible({ timeout: 30_000 });
    await expect(replyText).toHaveValue(`The notes are attached ${stamp}.`);
    await checkPage(learner);

    // The PDF goes with the reply, which the learner is taken to, with an appendix of 10 MB less a little and a
    // map of 1 MB: together more than a server action or Next's copy of a proxied body (10 MB) would take.
    await files.setInputFiles([
      { name: "tariff-notes.pdf", mimeType: "application/pdf", buffer: notes },
      { name: "appendix.pdf", mimeType: "application/pdf", buffer: appendix },
      { name: "map.pdf", mimeType: "application/pdf", buffer: map },
    ]);
    await learner.getByRole("button", { name: "Post the reply" }).click();
    await learner.waitForURL((url) => url.hash.startsWith("#post-"), { timeout: 30_000 });
    const mine = learner.getByTestId("post").filter({ hasText: `The notes are attached ${stamp}.` });
    await expect(mine.getByRole("link", { name: "tariff-notes.pdf (1 KB)" })).toBeVisible();

    // The coordinator sees it listed under the reply and downloads the very same bytes.
    await coordinator.goto(thread);
    const reply = coordinator.getByTestId("post").filter({ hasText: `The notes are attached ${stamp}.` });
    const [download] = await Promise.all([
      coordinator.waitForEvent("download"),
      reply.getByRole("link", { name: "tariff-notes.pdf (1 KB)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("tariff-notes.pdf");
    const bytes = readFileSync((await download.path())!);
    expect(bytes.length).toBe(notes.length);
    expect(bytes.equals(notes)).toBe(true);
    expect(pdfText(bytes)).toContain(`EAC tariff notes ${stamp}`);
    const [whole] = await Promise.all([
      coordinator.waitForEvent("download"),
      reply.getByRole("link", { name: /^appendix\.pdf/ }).click(),
    ]);
    expect(readFileSync((await whole.path())!).equals(appendix)).toBe(true);
    const [mapDownload] = await Promise.all([
      coordinator.waitForEvent("download"),
      reply.getByRole("link", { name: /^map\.pdf/ }).click(),
    ]);
    expect(readFileSync((await mapDownload.path())!).equals(map)).toBe(true);
  } finally {
    // The demo accounts keep what they had: the thread (its posts, files and subscriptions) and its alerts go.
    await query(`DELETE FROM "Alert" WHERE "href" LIKE $1`, [`%${threadId}%`]);
    await query(`DELETE FROM "EmailMessage" WHERE "text" LIKE $1`, [`%${threadId}%`]);
    await query(`DELETE FROM "DiscussionThread" WHERE "id" = $1`, [threadId]);
  }
});

test("without JavaScript, a reply with a file is posted as a plain form, and a refused file keeps the reply typed", async ({
  browser,
}) => {
  const own = await courseId("KE-EAC-CET");
  const stamp = Date.now();
  const coordinator = await signedIn(browser, "ke", "ke.coordinator");
  const thread = await startThread(coordinator, "ke", own, `Plain forms ${stamp}`, "Scripts off, please.");
  const threadId = thread.split("/").pop()!;
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const learner = await context.newPage();
    await learner.goto(siteUrl("ke", "/sign-in"));
    await learner.getByLabel(/Username or e-mail/).fill("ke.learner");
    await learner.getByLabel(/^Password/).fill(DEMO_PASSWORD);
    await learner.locator("main form").getByRole("button", { name: "Sign in" }).click();
    await learner.goto(thread);
    const form = learner.locator("form#reply");
    await expect(form).toHaveAttribute("action", `/api/discussions/${own}/threads/${threadId}/replies`);
    const text = `Attached without scripts ${stamp}: **notes**, \u00fcml\u00e4uts and \u0639\u0631\u0628\u064a.`;
    await form.locator("textarea[name=body]").fill(text);
    await form
      .locator("input[name=file]")
      .setInputFiles({ name: "a.pdf", mimeType: "application/pdf", buffer: Buffer.from("MZ\x90\x00") });
    await form.locator("button[type=submit]").click();
    await learner.waitForURL(/postError=resourceType/);
    await expect(learner.locator("#reply-files-error")).toBeVisible();
    await expect(learner.locator("form#reply textarea[name=body]")).toHaveValue(text);

    const pdf = onePagePdf(`Plain notes ${stamp}`);
    await learner
      .locator("form#reply input[name=file]")
      .setInputFiles({ name: "plain-notes.pdf", mimeType: "application/pdf", buffer: pdf });
    await learner.locator("form#reply button[type=submit]").click();
    await learner.waitForURL((url) => url.hash.startsWith("#post-"));
    const mine = learner.getByTestId("post").filter({ hasText: `Attached without scripts ${stamp}` });
    await expect(mine.getByRole("link", { name: /^plain-notes\.pdf/ })).toBeVisible();
  } finally {
    await context.close();
    await query(`DELETE FROM "Alert" WHERE "href" LIKE $1`, [`%${threadId}%`]);
    await query(`DELETE FROM "EmailMessage" WHERE "text" LIKE $1`, [`%${threadId}%`]);
    await query(`DELETE FROM "DiscussionThread" WHERE "id" = $1`, [threadId]);
  }
});
