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
