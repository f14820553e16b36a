// Messages (ADR 0047): a Kenyan learner writes to a tutor of HS-101 from its discussion, the tutor sees the unread
// count in the header and replies, and the learner reads the reply; nobody else reaches the conversation. At
// desktop size and on a phone, with axe.
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { closeDatabase, query } from "./database";
import { signedIn, siteUrl } from "./helpers";
import { checkPage, openMenu, SIZES } from "./page-checks";

// Pages take seconds on a loaded machine: each assertion waits up to 15 s for what a user would wait for.
const expect = baseExpect.configure({ timeout: 15_000 });

async function send(page: Page, body: string) {
  await page.getByLabel(/^Your message/).fill(body);
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByTestId("message").filter({ hasText: body })).toBeVisible();
  await expect(page).toHaveURL(/\/messages\/[0-9a-f-]{36}\?page=last#message-/);
}

/** The header's Messages link, behind the menu button on a phone. */
async function messagesLink(page: Page) {
  await openMenu(page);
  return page.getByTestId("messages-link");
}

test.afterAll(closeDatabase);
test.describe.configure({ timeout: 180_000 });

test("a learner messages a tutor and the tutor replies", async ({ browser }) => {
  const [{ id: hs }] = await query<{ id: string }>(`SELECT "id" FROM "Course" WHERE "code" = 'HS-101'`);
  const [tutorUser] = await query<{ id: string; tenantId: string }>(
    `SELECT "id", "tenantId" FROM "User" WHERE "username" = 'ke.coordinator'`,
  );
  const [wco] = await query<{ id: string }>(`SELECT "id" FROM "Tenant" WHERE "slug" = 'wco'`);
  const stamp = Date.now();
  // The Kenyan coordinator is a tutor of HS-101's shared discussion for this journey (kept if named before).
  const named = await query<{ id: string }>(
    `INSERT INTO "CourseTutor" ("id", "tenantId", "courseId", "userId", "userTenantId", "name", "place", "namedById")
     SELECT gen_random_uuid(), $1, $2, $3, $4, 'David Otieno', t."name", $3 FROM "Tenant" t WHERE t."id" = $4
     ON CONFLICT DO NOTHING RETURNING "id"`,
    [wco.id, hs, tutorUser.id, tutorUser.tenantId],
  );
  try {
    const learner = await signedIn(browser, "ke", "ke.learner");
    await learner.goto(siteUrl("ke", `/courses/${hs}/discussion`));
    await learner.getByRole("link", { name: "Write to a tutor" }).click();
    await expect(learner.getByRole("heading", { level: 1, name: "Write to a tutor" })).toBeVisible();
    await checkPage(learner);
    await learner.getByRole("link", { name: "Write to David Otieno" }).click();
    await expect(learner.getByRole("heading", { level: 1, name: "Write to David Otieno" })).toBeVisible();
    const question = `Is heading 8471 right for a tablet? ${stamp}`;
    await send(learner, question);
    const conversation = new URL(learner.url()).pathname;

    // The tutor sees the count in the header, opens the conversation from the inbox and replies.
    const tutor = await signedIn(browser, "ke", "ke.coordinator");
    await tutor.goto(siteUrl("ke", "/messages"));
    await expect(await messagesLink(tutor)).toHaveAccessibleName(/Messages, \d+ unread/);
    const row = tutor.getByTestId("conversation").filter({ hasText: "Amina Wanjiru" });
    await expect(row).toHaveAttribute("data-unread", "true");
    for (const size of SIZES) {
      await tutor.setViewportSize({ width: size.width, height: size.height });
      await tutor.goto(siteUrl("ke", "/messages"));
      await checkPage(tutor);
    }
    await tutor.setViewportSize({ width: 1280, height: 800 });
    await row.getByRole("link", { name: "Amina Wanjiru" }).click();
    await expect(tutor.getByTestId("message").filter({ hasText: question })).toBeVisible();
    const answer = `Yes: GIR 1, then note 5 to chapter 84. ${stamp}`;
    await send(tutor, answer);
    // Reading it marked it read: no unread mark left in the tutor's inbox for it.
    await tutor.goto(siteUrl("ke", "/messages"));
    await expect(tutor.getByTestId("conversation").filter({ hasText: "Amina Wanjiru" })).not.toHaveAttribute(
      "data-unread",
      "true",
    );

    // The learner sees the reply, at both sizes.
    await learner.goto(siteUrl("ke", "/"));
    await expect(await messagesLink(learner)).toHaveAccessibleName(/Messages, \d+ unread/);
    for (const size of SIZES) {
      await learner.setViewportSize({ width: size.width, height: size.height });
      await learner.goto(siteUrl("ke", conversation));
      await expect(learner.getByTestId("message").filter({ hasText: answer })).toBeVisible();
      await checkPage(learner);
    }

    // Nobody else reaches it: another administration's officer, another learner, the Academy's buyer, a visitor.
    const reply = `${conversation.replace(/^\/messages\//, "/api/messages/")}/block`;
    for (const [site, username] of [
      ["be", "be.learner"],
      [undefined, "jo.learner"],
      ["academy", "academy.buyer"],
    ] as const) {
      const other = await signedIn(browser, site, username);
      expect((await other.goto(siteUrl(site, conversation)))?.status(), username).toBe(404);
      const blocked = await other.evaluate(
        async (url) => (await fetch(url, { method: "POST", body: new URLSearchParams({ blocked: "on" }) })).status,
        reply,
      );
      expect(blocked, username).toBe(404);
      await other.close();
    }
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(siteUrl("ke", conversation));
    await expect(visitor).toHaveURL(/sign-in/);
    const [state] = await query<{ blocked: boolean }>(
      `SELECT bool_or("blockedByOwner" OR "blockedByOther") AS "blocked" FROM "Conversation" WHERE "ownerId" = $1`,
      [tutorUser.id],
    );
    expect(state.blocked).toBe(false);
  } finally {
    for (const { id } of named) await query(`DELETE FROM "CourseTutor" WHERE "id" = $1`, [id]);
  }
});

test("a reported message is removed by the reviewer and both parties see it removed", async ({ browser }) => {
  const [{ id: hs }] = await query<{ id: string }>(`SELECT "id" FROM "Course" WHERE "code" = 'HS-101'`);
  const accounts = await query<{ id: string; tenantId: string; username: string; email: string }>(
    `SELECT "id", "tenantId", "username", "email" FROM "User" WHERE "username" IN ('ke.learner', 'be.learner')`,
  );
  const kenyan = accounts.find((a) => a.username === "ke.learner")!;
  const belgian = accounts.find((a) => a.username === "be.learner")!;
  const pair = [kenyan.id, belgian.id];
  const stamp = Date.now();
  const started = new Date();
  // What this journey changes of the demo accounts, put back in `finally`: their enrolments in HS-101 (a core course
  // brings two administrations' officers together, so their reports go to WCO staff), their conversation's copies.
  const enrolled = await query<{ id: string }>(
    `INSERT INTO "Enrolment" ("id", "tenantId", "userId", "courseId")
     SELECT gen_random_uuid(), u."tenantId", u."id", $1 FROM "User" u WHERE u."id" = ANY($2::uuid[])
     ON CONFLICT DO NOTHING RETURNING "id"`,
    [hs, pair],
  );
  const copiesBefore = await query<{ id: string; unread: number; lastMessageAt: Date }>(
    `SELECT "id", "unread", "lastMessageAt" FROM "Conversation" WHERE "ownerId" = ANY($1::uuid[]) AND "otherId" = ANY($1::uuid[])`,
    [pair],
  );
  const messagesBefore = await query<{ id: string }>(
    `SELECT m."id" FROM "ConversationMessage" m JOIN "Conversation" c ON c."id" = m."conversationId"
     WHERE c."ownerId" = ANY($1::uuid[]) AND c."otherId" = ANY($1::uuid[])`,
    [pair],
  );
  const text = `Buy cheap seals from me ${stamp}`;
  const reason = `Selling seals ${stamp}`;
  try {
    // The Belgian officer writes to the Kenyan one, who reports the message.
    const sender = await signedIn(browser, "be", "be.learner");
    await sender.goto(siteUrl("be", `/messages/new?${new URLSearchParams({ to: kenyan.id, course: hs })}`));
    await send(sender, text);
    const senderConversation = new URL(sender.url()).pathname;
    const [copy] = await query<{ id: string }>(
      `SELECT "id" FROM "Conversation" WHERE "ownerId" = $1 AND "otherId" = $2`,
      [kenyan.id, belgian.id],
    );
    const recipient = await signedIn(browser, "ke", "ke.learner");
    await recipient.goto(siteUrl("ke", `/messages/${copy.id}`));
    const message = recipient.getByTestId("message").filter({ hasText: text });
    await message.getByText("Report this message").click();
    await message.getByLabel(/Why are you reporting it/).fill(reason);
    await message.getByRole("button", { name: "Send the report" }).click();
    await expect(message.getByText("Reported. Thank you.")).toBeVisible();

    // Neither party reviews it: the page and the decision answer 404 to both, and nothing changes.
    const [{ id: reportId }] = await query<{ id: string }>(`SELECT "id" FROM "MessageReport" WHERE "reason" = $1`, [
      reason,
    ]);
    for (const [page, site] of [
      [recipient, "ke"],
      [sender, "be"],
    ] as const) {
      expect((await page.goto(siteUrl(site, "/team/reported-messages")))?.status()).toBe(404);
      const status = await page.evaluate(
        async (url) => (await fetch(url, { method: "POST", body: new URLSearchParams({ decision: "remove" }) })).status,
        `/api/message-reports/${reportId}`,
      );
      expect(status).toBe(404);
    }
    const [still] = await query<{ decidedAt: Date | null }>(`SELECT "decidedAt" FROM "MessageReport" WHERE "id" = $1`, [
      reportId,
    ]);
    expect(still.decidedAt).toBeNull();

    // WCO staff open the report from its alert, and remove the message after confirming.
    const reviewer = await signedIn(browser, undefined, "wco.admin");
    await reviewer.goto(siteUrl(undefined, "/alerts"));
    const alert = reviewer.getByTestId("alert").filter({ hasText: text });
    await alert.getByRole("link", { name: "Open" }).click();
    await expect(reviewer.getByRole("heading", { level: 1, name: "Reported messages" })).toBeVisible();
    const report = reviewer.getByTestId("message-report").filter({ hasText: reason });
    await expect(report).toContainText(text);
    await expect(report).toContainText("Reported by Amina Wanjiru");
    for (const size of SIZES) {
      await reviewer.setViewportSize({ width: size.width, height: size.height });
      await checkPage(reviewer);
    }
    await reviewer.setViewportSize({ width: 1280, height: 800 });
    await report.getByRole("button", { name: "Remove the message" }).click();
    await reviewer.getByRole("dialog").getByRole("button", { name: "Yes, continue" }).click();
    await expect(reviewer.getByText("The message is removed from both conversations.")).toBeVisible();
    await expect(report.getByTestId("report-decision")).toContainText(/Removed by .+ on /);
    // The console lists the page, and the report's alert is done.
    await reviewer.goto(siteUrl(undefined, "/admin"));
    await expect(reviewer.getByRole("link", { name: "Reported messages" })).toBeVisible();
    // The newest alert of such a report, this one, is done for every reviewer.
    await reviewer.goto(siteUrl(undefined, "/alerts"));
    await expect(
      reviewer
        .getByTestId("alert")
        .filter({ hasText: "Amina Wanjiru reported a message from Lucie Dubois" })
        .first()
        .getByTestId("alert-done"),
    ).toBeVisible();
    const [open] = await query<{ alerts: number }>(
      `SELECT count(*)::int AS "alerts" FROM "Alert" a JOIN "MessageReport" r ON a."actionKey" = 'MessageReport:' || r."id"
       WHERE r."reason" = $1 AND a."doneAt" IS NULL`,
      [reason],
    );
    expect(open.alerts).toBe(0);

    // Both parties now read that a moderator removed it, and its text is gone from their pages.
    for (const [page, site, path] of [
      [recipient, "ke", `/messages/${copy.id}`],
      [sender, "be", senderConversation],
    ] as const) {
      await page.goto(siteUrl(site, path));
      await expect(page.getByTestId("message-removed").last()).toHaveText("Removed by a moderator.");
      await expect(page.getByText(text)).toHaveCount(0);
    }
    const [stored] = await query<{ texts: number }>(
      `SELECT count(*)::int AS "texts" FROM "ConversationMessage" WHERE "source" LIKE $1 OR "body" LIKE $1`,
      [`%${stamp}%`],
    );
    expect(stored.texts).toBe(0);
    await Promise.all([sender.close(), recipient.close(), reviewer.close()]);
  } finally {
    const reports = await query<{ id: string }>(`DELETE FROM "MessageReport" WHERE "reason" = $1 RETURNING "id"`, [
      reason,
    ]);
    for (const { id } of reports) await query(`DELETE FROM "Alert" WHERE "actionKey" = $1`, [`MessageReport:${id}`]);
    const keptCopies = copiesBefore.map((c) => c.id);
    const keptMessages = messagesBefore.map((m) => m.id);
    await query(
      `DELETE FROM "ConversationMessage" m USING "Conversation" c WHERE c."id" = m."conversationId"
       AND c."ownerId" = ANY($1::uuid[]) AND c."otherId" = ANY($1::uuid[]) AND NOT (m."id" = ANY($2::uuid[]))`,
      [pair, keptMessages],
    );
    await query(
      `DELETE FROM "Conversation" WHERE "ownerId" = ANY($1::uuid[]) AND "otherId" = ANY($1::uuid[]) AND NOT ("id" = ANY($2::uuid[]))`,
      [pair, keptCopies],
    );
    for (const c of copiesBefore)
      await query(`UPDATE "Conversation" SET "unread" = $2, "lastMessageAt" = $3 WHERE "id" = $1`, [
        c.id,
        c.unread,
        c.lastMessageAt,
      ]);
    await query(`DELETE FROM "Alert" WHERE "userId" = $1 AND "kind" = 'newMessage' AND "createdAt" >= $2`, [
      kenyan.id,
      started,
    ]);
    await query(
      `DELETE FROM "EmailMessage" WHERE "toAddress" = $1 AND "template" = 'newMessage' AND "createdAt" >= $2`,
      [kenyan.email, started],
    );
    for (const { id } of enrolled) await query(`DELETE FROM "Enrolment" WHERE "id" = $1`, [id]);
  }
});
