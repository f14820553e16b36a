// The National Coordinators' information point (ADR 0048): WCO staff publish an announcement and upload a document
// and its second version; a Kenyan coordinator reads the announcement and starts a thread, a Belgian coordinator
// replies and downloads both versions; the coordinators are told of the announcement, by e-mail unless they turned
// it off on their Preferences page; a learner gets 404. At desktop size and on a phone, with axe. Whatever it
// creates is removed at the end, so the specs after it find the seeded information point.
import { readFile } from "node:fs/promises";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { closeDatabase, query } from "./database";
import { checkPage, SIZES } from "./page-checks";
import { answerFrom, linkFromMailbox, signedIn, siteUrl } from "./helpers";

const expect = baseExpect.configure({ timeout: 15_000 });

/** A small PDF made here: the server tells its type from its first bytes. */
const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);

async function checkEverySize(page: Page, path: string, site?: string) {
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto(siteUrl(site, path));
    await checkPage(page);
  }
  await page.setViewportSize({ width: SIZES[0].width, height: SIZES[0].height });
}

async function downloaded(page: Page, link: ReturnType<Page["getByRole"]>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  return readFile((await download.path())!, "utf8");
}

const stamp = Date.now();
const announcement = `Annual NC meeting ${stamp}`;
const documentTitle = `NC handbook ${stamp}`;
const threadTitle = `Approving registrations ${stamp}`;

test.afterAll(async () => {
  await query(
    `DELETE FROM "InfoPointAnnouncement" WHERE "id" IN (SELECT "announcementId" FROM "InfoPointAnnouncementText" WHERE "title" = $1)`,
    [announcement],
  );
  await query(
    `DELETE FROM "InfoPointDocument" WHERE "id" IN (SELECT "documentId" FROM "InfoPointDocumentTitle" WHERE "title" = $1)`,
    [documentTitle],
  );
  await query(`DELETE FROM "DiscussionThread" WHERE "title" = $1`, [threadTitle]);
  await query(`DELETE FROM "Alert" WHERE "params"->>'title' = ANY($1)`, [[threadTitle, announcement]]);
  await query(`DELETE FROM "EmailMessage" WHERE "template" = 'infoPointAnnouncement' AND "subject" LIKE '%' || $1`, [
    announcement,
  ]);
  await query(
    `UPDATE "User" SET "emailOptOuts" = array_remove("emailOptOuts", 'announcements') WHERE "username" = 'be.coordinator'`,
  );
  await closeDatabase();
});
test.describe.configure({ timeout: 240_000 });

test("WCO staff publish an announcement and a document with a second version, which an NC downloads", async ({
  browser,
}) => {
  // The Belgian coordinator turns the announcements' e-mails off on her Preferences page; the Kenyan keeps them.
  const belgian = await signedIn(browser, undefined, "be.coordinator");
  await belgian.goto(siteUrl(undefined, "/preferences"));
  await belgian
    .getByRole("group", { name: /^Information point announcements/ })
    .getByRole("checkbox", { name: "E-mail" })
    .uncheck();
  await belgian.getByRole("button", { name: "Save preferences" }).click();
  await expect(belgian.getByText("Your preferences have been saved.")).toBeVisible();

  const wco = await signedIn(browser, undefined, "wco.admin");
  await wco.goto(siteUrl(undefined, "/admin"));
  await wco.getByRole("link", { name: "NC information point" }).click();
  await expect(wco.getByRole("heading", { level: 1, name: "National Coordinators' information point" })).toBeVisible();
  await wco.getByLabel(/^Title/).fill(announcement);
  await wco.getByLabel(/^Text/).fill("The meeting is on **3 March** in Brussels.");
  await wco.getByRole("button", { name: "Publish the announcement" }).click();
  const item = wco.getByTestId("announcement").filter({ hasText: announcement });
  await expect(item.locator("strong")).toHaveText("3 March");
  await expect(item.getByTestId("announcement-untranslated")).toContainText("Français");
  const [kenyanAddress, belgianAddress] = await Promise.all(
    ["ke.coordinator", "be.coordinator"].map(async (username) => {
      const [user] = await query<{ email: string }>(`SELECT "email" FROM "User" WHERE "username" = $1`, [username]);
      return user.email;
    }),
  );
  const announced = new RegExp(`New announcement: ${announcement}`);
  expect(await linkFromMailbox(wco, undefined, kenyanAddress, announced)).toMatch(/\/information-point$/);
  await expect(wco.getByTestId("mail").filter({ hasText: belgianAddress }).filter({ hasText: announced })).toHaveCount(
    0,
  );
  await checkEverySize(wco, "/information-point");

  await wco.getByRole("link", { name: "Documents" }).click();
  // The announcements' form has a Title too: its fields are typed into once the documents page is shown.
  await expect(wco.getByRole("heading", { level: 2, name: "Add a document" })).toBeVisible();
  await wco.getByLabel(/^Title/).fill(documentTitle);
  await wco
    .getByLabel(/^File/)
    .setInputFiles({ name: "handbook.pdf", mimeType: "application/pdf", buffer: pdf("first") });
  await wco.getByRole("button", { name: "Upload the document" }).click();
  await expect(wco.getByText("The document has been added.")).toBeVisible();
  const document = wco.getByTestId("document").filter({ hasText: documentTitle });
  await document
    .getByLabel(/^New version/)
    .setInputFiles({ name: "handbook-2.pdf", mimeType: "application/pdf", buffer: pdf("second") });
  await document.getByRole("button", { name: "Upload a new version" }).click();
  await expect(wco.getByText(/The new version has been uploaded/)).toBeVisible();
  await expect(document.getByTestId("latest-download")).toContainText("version 2");
  // A file that only claims to be a PDF is refused, and the title typed is still there.
  await wco.getByLabel(/^Title/).fill("Not a document");
  await wco
    .getByLabel(/^File/)
    .setInputFiles({ name: "tool.pdf", mimeType: "application/pdf", buffer: Buffer.from("MZ\x90\x00") });
  await wco.getByRole("button", { name: "Upload the document" }).click();
  await expect(wco.getByText("The file is not a PDF or an office document.")).toBeVisible();
  await expect(wco.getByLabel(/^Title/)).toHaveValue("Not a document");
  await checkEverySize(wco, "/information-point/documents");

  // Another administration's coordinator downloads the latest version and the earlier one.
  await belgian.goto(siteUrl(undefined, "/team"));
  await belgian.getByRole("link", { name: "Information point" }).click();
  await expect(belgian.getByTestId("announcement").filter({ hasText: announcement })).toBeVisible();
  // No form to write one: a coordinator reads.
  await expect(belgian.getByRole("button", { name: "Publish the announcement" })).toHaveCount(0);
  // Her Alerts told her of it all the same, with a link to the information point.
  await belgian.goto(siteUrl(undefined, "/alerts"));
  const told = belgian
    .getByRole("listitem")
    .filter({ hasText: `New announcement on the information point: “${announcement}”.` });
  await told.getByRole("link", { name: "Open" }).click();
  await expect(belgian.getByTestId("announcement").filter({ hasText: announcement })).toBeVisible();
  await belgian.getByRole("link", { name: "Documents" }).click();
  const listed = belgian.getByTestId("document").filter({ hasText: documentTitle });
  const latestHref = (await listed.getByTestId("latest-download").getAttribute("href"))!;
  expect(await downloaded(belgian, listed.getByTestId("latest-download"))).toContain("second");
  await listed.locator("summary").filter({ hasText: "1 earlier version" }).click();
  expect(await downloaded(belgian, listed.getByTestId("earlier-versions").getByRole("link"))).toContain("first");
  await expect(listed.getByRole("button", { name: "Upload a new version" })).toHaveCount(0);
  await checkEverySize(belgian, "/information-point/documents");

  // WCO staff remove the announcement, after confirming.
  await wco.goto(siteUrl(undefined, "/information-point"));
  await wco.getByRole("button", { name: `Remove the announcement ${announcement}` }).click();
  await wco.getByRole("dialog").getByRole("button", { name: "Yes, continue" }).click();
  await expect(wco.getByText("The announcement has been removed.")).toBeVisible();
  await expect(wco.getByTestId("announcement").filter({ hasText: announcement })).toHaveCount(0);
  // And the document with every version: no coordinator downloads it any more.
  await wco.goto(siteUrl(undefined, "/information-point/documents"));
  await wco.getByRole("button", { name: `Remove the document ${documentTitle}` }).click();
  await wco.getByRole("dialog").getByRole("button", { name: "Yes, continue" }).click();
  await expect(wco.getByText("The document has been removed, with every version.")).toBeVisible();
  await expect(wco.getByTestId("document").filter({ hasText: documentTitle })).toHaveCount(0);
  expect((await belgian.request.get(siteUrl(undefined, latestHref))).status()).toBe(404);
});

test("an NC posts on the information point and another NC replies", async ({ browser }) => {
  const kenyan = await signedIn(browser, "ke", "ke.coordinator");
  await kenyan.goto(siteUrl("ke", "/team"));
  await kenyan.getByRole("link", { name: "Information point" }).click();
  await kenyan.getByRole("link", { name: "Discussion" }).click();
  await kenyan.getByLabel(/^Subject/).fill(threadTitle);
  await kenyan.getByRole("textbox", { name: /^Message/ }).fill("How long do you take to approve a registration?");
  await kenyan.getByRole("button", { name: "Post the thread" }).click();
  await kenyan.waitForURL(/\/information-point\/discussion\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  const threadPath = new URL(kenyan.url()).pathname;

  const belgian = await signedIn(browser, undefined, "be.coordinator");
  await belgian.goto(siteUrl(undefined, "/information-point/discussion"));
  await belgian.getByRole("link", { name: threadTitle }).click();
  await belgian.getByLabel(/^Your reply/).fill("A day or two, *never more*.");
  await belgian.getByRole("button", { name: "Post the reply" }).click();
  await expect(belgian.getByTestId("post").filter({ hasText: "A day or two" })).toBeVisible();

  // The Kenyan sees the Belgian's reply with his administration, and was alerted to it.
  for (const size of SIZES) {
    await kenyan.setViewportSize({ width: size.width, height: size.height });
    await kenyan.goto(siteUrl("ke", threadPath));
    const reply = kenyan.getByTestId("post").filter({ hasText: "A day or two" });
    await expect(reply).toContainText("Pieter Janssens");
    await expect(reply.locator("em")).toHaveText("never more");
    await checkPage(kenyan);
  }
  await checkEverySize(kenyan, "/information-point/discussion", "ke");
  const [alert] = await query<{ href: string }>(
    `SELECT a."href" FROM "Alert" a JOIN "User" u ON u."id" = a."userId" WHERE u."username" = 'ke.coordinator' AND a."kind" = 'discussionReply' ORDER BY a."createdAt" DESC LIMIT 1`,
  );
  expect(alert.href).toContain(threadPath);

  // A learner, a visitor and an Academy customer find nothing there: not a page, not a document's file. (A visitor
  // asking for a page is sent to sign in first, as on every page that needs an account.)
  const [version] = await query<{ id: string }>(`SELECT "id" FROM "InfoPointDocumentVersion" LIMIT 1`);
  const file = `/api/information-point/versions/${version.id}`;
  const learner = await signedIn(browser, "ke", "ke.learner");
  for (const path of ["/information-point", "/information-point/documents", threadPath, file])
    expect((await answerFrom(learner, "ke", path)).status).toBe(404);
  const visitor = await (await browser.newContext()).newPage();
  expect((await answerFrom(visitor, undefined, file)).status).toBe(404);
  expect((await answerFrom(visitor, undefined, "/information-point/discussion")).status).not.toBe(200);
  const buyer = await signedIn(browser, "academy", "academy.buyer");
  expect((await answerFrom(buyer, "academy", "/information-point")).status).toBe(404);
  expect((await answerFrom(buyer, "academy", file)).status).toBe(404);
});
