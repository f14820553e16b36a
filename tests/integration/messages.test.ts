import { nameTutor } from "@/lib/discussions/name-tutor";
import { Invalid, NotFound } from "@/lib/errors";
import type { Entry } from "@/lib/http/entry";
import { countUnreadMessages } from "@/lib/messages/count-unread";
import { markConversationRead } from "@/lib/messages/mark-read";
import { reportMessage } from "@/lib/messages/report-message";
import { MESSAGE_LIMIT } from "@/lib/messages/schemas";
import { sendMessage } from "@/lib/messages/send-message";
import { setBlock } from "@/lib/messages/set-block";
import { startConversation } from "@/lib/messages/start-conversation";
import { viewConversation } from "@/lib/messages/view-conversation";
import { viewInbox } from "@/lib/messages/view-inbox";
import { viewNewMessage } from "@/lib/messages/view-new-message";
import { asAppRoleIn } from "../helpers/app-role";
import { entryOf as entryOfAccount } from "../helpers/entries";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase();

const entryOf = (username: string | null, host: string): Promise<Entry> => entryOfAccount(db, username, host);

const user = (username: string) => db.owner.user.findUniqueOrThrow({ where: { username } });
const courseId = async (code: string) => (await db.owner.course.findFirstOrThrow({ where: { code } })).id;
const owner = (u: { id: string; tenantId: string }) => ({ id: u.id, homeTenantId: u.tenantId });

async function enrol(username: string, code: string): Promise<void> {
  const u = await user(username);
  await db.owner.enrolment.create({ data: { tenantId: u.tenantId, userId: u.id, courseId: await courseId(code) } });
}

/** Gives an Academy account the course product holding HS-101 (a core PUBLIC course). */
async function grantAcademyCourse(username: string): Promise<void> {
  const u = await user(username);
  const product = await db.owner.storeProduct.findFirstOrThrow({
    where: { kind: "COURSE", courses: { some: { course: { code: "HS-101" } } } },
  });
  await db.owner.storeAccess.create({
    data: { tenantId: u.tenantId, userId: u.id, productId: product.id, source: "PURCHASE" },
  });
}

/** A second Kenyan officer, made like the seeded learner. */
async function secondKenyan(): Promise<void> {
  const { id: _id, username: _u, email: _e, ...rest } = await user("ke.learner");
  void [_id, _u, _e];
  await db.owner.user.create({
    data: { ...rest, username: "ke.second", email: "ke.second@example.test", firstName: "Brian", lastName: "Kamau" },
  });
}

/** The recipient's copy of the conversation with `from`. */
async function copyOf(recipient: string, from: string) {
  const [to, sender] = await Promise.all([user(recipient), user(from)]);
  return db.owner.conversation.findFirstOrThrow({ where: { ownerId: to.id, otherId: sender.id } });
}

const refused = (promise: Promise<unknown>) => expect(promise).rejects.toBeInstanceOf(NotFound);
const blocked = (promise: Promise<unknown>) => expect(promise).rejects.toEqual(new Invalid({ body: "messageBlocked" }));

describe("Messages: who may write to whom (ADR 0047)", () => {
  it("lets a learner write to a course's tutor, who sees the unread count and replies; alerts and e-mails follow", async () => {
    const hs = await courseId("HS-101");
    const [kenyan, tutor, belgian] = await Promise.all([
      user("ke.learner"),
      user("ke.coordinator"),
      user("be.learner"),
    ]);
    await nameTutor(await entryOf("ke.coordinator", "ke"), hs, { username: "ke.coordinator" });
    const learner = await entryOf("ke.learner", "ke");

    const choice = await viewNewMessage(learner, { course: hs });
    expect(choice).toMatchObject({ kind: "tutors", tutors: [{ userId: tutor.id, name: "David Otieno" }] });
    const sent = await startConversation(learner, { to: tutor.id, course: hs }, { body: "Which **GIR** first?" });

    expect(await countUnreadMessages(owner(tutor))).toBe(1);
    const tutorEntry = await entryOf("ke.coordinator", "ke");
    const inbox = await viewInbox(tutorEntry, 1);
    expect(inbox.conversations).toEqual([
      expect.objectContaining({ otherName: "Amina Wanjiru", unread: 1, courseTitle: expect.stringMatching(/\S/) }),
    ]);
    const theirs = inbox.conversations[0].id;
    const opened = await viewConversation(tutorEntry, theirs, "last");
    expect(opened.messages.map((m) => [m.fromOwner, m.body])).toEqual([
      [false, "<p>Which <strong>GIR</strong> first?</p>"],
    ]);
    // The alert and the e-mail of the `messages` kind, with both parts and the one-click unsubscribe.
    expect(await db.owner.alert.findMany({ where: { userId: tutor.id, kind: "newMessage" } })).toEqual([
      expect.objectContaining({ tenantId: tutor.tenantId, href: `/messages/${theirs}` }),
    ]);
    const [email] = await db.owner.emailMessage.findMany({ where: { toAddress: tutor.email, template: "newMessage" } });
    expect(email).toMatchObject({
      kind: "messages",
      tenantId: tutor.tenantId,
      subject: "New message from Amina Wanjiru",
    });
    expect(email.unsubscribeUrl).toMatch(/\/api\/unsubscribe\//);
    expect(email.text).toContain(`/messages/${theirs}`);
    expect(email.html).toContain(`/messages/${theirs}`);

    // Reading the conversation marks it read; the reply reaches the learner.
    await markConversationRead(tutorEntry, theirs);
    expect(await countUnreadMessages(owner(tutor))).toBe(0);
    await sendMessage(tutorEntry, theirs, { body: "GIR 1, then GIR 6." });
    expect(await countUnreadMessages(owner(kenyan))).toBe(1);
    const mine = await viewConversation(learner, sent.conversationId, "last");
    expect(mine.messages.map((m) => [m.fromOwner, m.body])).toEqual([
      [true, "<p>Which <strong>GIR</strong> first?</p>"],
      [false, "<p>GIR 1, then GIR 6.</p>"],
    ]);

    // A tutor of a core course's space is reached from every administration that sees the course.
    await startConversation(await entryOf("be.learner", "be"), { to: tutor.id, course: hs }, { body: "Bonjour" });
    expect((await copyOf("ke.coordinator", "be.learner")).otherPlace).toMatch(/Belgi/);
    expect(await countUnreadMessages(owner(tutor))).toBe(1);

    // Preferences: messages turned off by e-mail and in the Alerts panel stop both, never the message itself.
    await db.owner.user.update({
      where: { id: kenyan.id },
      data: { emailOptOuts: ["messages"], alertOptOuts: ["messages"] },
    });
    const [emails, alerts] = await Promise.all([
      db.owner.emailMessage.count({ where: { toAddress: kenyan.email, template: "newMessage" } }),
      db.owner.alert.count({ where: { userId: kenyan.id, kind: "newMessage" } }),
    ]);
    await sendMessage(tutorEntry, theirs, { body: "And note 3." });
    expect(await db.owner.emailMessage.count({ where: { toAddress: kenyan.email, template: "newMessage" } })).toBe(
      emails,
    );
    expect(await db.owner.alert.count({ where: { userId: kenyan.id, kind: "newMessage" } })).toBe(alerts);
    expect(await countUnreadMessages(owner(kenyan))).toBe(2);
    void belgian;
  });

  it("lets participants of a course write to each other only where its discussion lets them meet", async () => {
    const [hs, own, customsOnly] = await Promise.all([
      courseId("HS-101"),
      courseId("KE-EAC-CET"),
      courseId("ENF-PREC"),
    ]);
    const [kenyan, belgian, jordanian, coordinator] = await Promise.all([
      user("ke.learner"),
      user("be.learner"),
      user("jo.learner"),
      user("ke.coordinator"),
    ]);
    await Promise.all([
      enrol("ke.learner", "HS-101"),
      enrol("be.learner", "HS-101"),
      enrol("ke.learner", "KE-EAC-CET"),
      enrol("ke.coordinator", "KE-EAC-CET"),
      enrol("ke.learner", "ENF-PREC"),
      enrol("be.learner", "ENF-PREC"),
    ]);
    const ke = await entryOf("ke.learner", "ke");
    // A core course brings two administrations' officers together, Customs-only courses too.
    await startConversation(ke, { to: belgian.id, course: hs }, { body: "Hello from Nairobi" });
    await sendMessage(ke, (await viewInbox(ke, 1)).conversations[0].id, { body: "ENF too" });
    await startConversation(await entryOf("be.learner", "be"), { to: kenyan.id, course: customsOnly }, { body: "Oui" });
    // Somebody not enrolled, or writing to somebody not enrolled, is not found.
    await refused(
      startConversation(await entryOf("jo.learner", "root"), { to: belgian.id, course: hs }, { body: "x" }),
    );
    await refused(startConversation(ke, { to: jordanian.id, course: hs }, { body: "x" }));
    // An administration's own course: its own officers only, even one enrolled from elsewhere.
    await startConversation(ke, { to: coordinator.id, course: own }, { body: "About the CET" });
    await db.owner.enrolment.create({ data: { tenantId: belgian.tenantId, userId: belgian.id, courseId: own } });
    await refused(startConversation(ke, { to: belgian.id, course: own }, { body: "x" }));
    await refused(startConversation(await entryOf("be.learner", "be"), { to: kenyan.id, course: own }, { body: "x" }));
    await refused(viewNewMessage(await entryOf("be.learner", "be"), { to: kenyan.id, course: own }));

    // The Academy's learners of a course write to each other, never to an officer, and never on Customs-only ones.
    await grantAcademyCourse("academy.buyer");
    await grantAcademyCourse("academy.manager");
    await enrol("academy.buyer", "HS-101");
    await enrol("academy.manager", "HS-101");
    const [buyer, manager] = await Promise.all([user("academy.buyer"), user("academy.manager")]);
    const academy = await entryOf("academy.buyer", "academy");
    await startConversation(academy, { to: manager.id, course: hs }, { body: "Exam tips?" });
    await refused(startConversation(academy, { to: kenyan.id, course: hs }, { body: "x" }));
    await refused(startConversation(ke, { to: buyer.id, course: hs }, { body: "x" }));
    await refused(startConversation(academy, { to: manager.id, course: customsOnly }, { body: "x" }));
    expect(await db.owner.conversation.count({ where: { ownerId: kenyan.id, otherId: buyer.id } })).toBe(0);
    expect(await db.owner.conversation.count({ where: { ownerId: buyer.id, otherId: kenyan.id } })).toBe(0);
    // Each party's copy is in their own tenant.
    expect(await copyOf("academy.manager", "academy.buyer")).toMatchObject({ tenantId: manager.tenantId, unread: 1 });
    expect(await copyOf("be.learner", "ke.learner")).toMatchObject({ tenantId: belgian.tenantId, unread: 2 });
  });

  it("lets a National Coordinator write to their administration's users, and nobody write without a course otherwise", async () => {
    const [kenyan, belgian, coordinator] = await Promise.all([
      user("ke.learner"),
      user("be.learner"),
      user("ke.coordinator"),
    ]);
    const nc = await entryOf("ke.coordinator", "ke");
    expect(await viewNewMessage(nc, { to: kenyan.id })).toMatchObject({
      kind: "recipient",
      correspondent: { name: "Amina Wanjiru", course: null },
    });
    await startConversation(nc, { to: kenyan.id }, { body: "Please complete HS-101 by Friday." });
    await refused(startConversation(nc, { to: belgian.id }, { body: "x" }));
    await refused(startConversation(await entryOf("be.coordinator", "be"), { to: kenyan.id }, { body: "x" }));
    await refused(startConversation(await entryOf("be.learner", "be"), { to: coordinator.id }, { body: "x" }));
    await refused(startConversation(await entryOf("wco.admin", "root"), { to: kenyan.id }, { body: "x" }));
    await refused(startConversation(nc, { to: coordinator.id }, { body: "to myself" }));
    // Once a conversation exists, either party replies.
    const ke = await entryOf("ke.learner", "ke");
    await sendMessage(ke, (await copyOf("ke.learner", "ke.coordinator")).id, { body: "Will do." });
  });
});

describe("Messages: block and report", () => {
  it("stops a blocked person writing to the blocker until they are unblocked from the same place", async () => {
    const [kenyan, belgian] = await Promise.all([user("ke.learner"), user("be.learner")]);
    const hs = await courseId("HS-101");
    const ke = await entryOf("ke.learner", "ke");
    const be = await entryOf("be.learner", "be");
    const mine = await copyOf("ke.learner", "be.learner");
    const theirs = await copyOf("be.learner", "ke.learner");
    await setBlock(ke, mine.id, true);
    const before = await db.owner.conversationMessage.count();
    await blocked(sendMessage(be, theirs.id, { body: "Are you there?" }));
    await blocked(startConversation(be, { to: kenyan.id, course: hs }, { body: "Again" }));
    // The blocker unblocks before writing again.
    await blocked(sendMessage(ke, mine.id, { body: "Hello" }));
    expect(await db.owner.conversationMessage.count()).toBe(before);
    expect((await viewConversation(ke, mine.id, "last")).conversation).toMatchObject({ blockedByOwner: true });
    expect((await viewConversation(be, theirs.id, "last")).conversation).toMatchObject({ blockedByOther: true });

    await setBlock(ke, mine.id, false);
    await sendMessage(be, theirs.id, { body: "Are you there?" });
    expect(await db.owner.conversationMessage.count()).toBe(before + 2);
    void belgian;
  });

  it("sends a report to the administration's coordinators for its own pair, to WCO staff otherwise, once, audited", async () => {
    await secondKenyan();
    await enrol("ke.second", "KE-EAC-CET");
    const [kenyan, coordinator, wcoAdmin, kenya, wco] = await Promise.all([
      user("ke.learner"),
      user("ke.coordinator"),
      user("wco.admin"),
      db.owner.tenant.findUniqueOrThrow({ where: { slug: "ke" } }),
      db.owner.tenant.findUniqueOrThrow({ where: { slug: "wco" } }),
    ]);
    const ke = await entryOf("ke.learner", "ke");
    await startConversation(
      await entryOf("ke.second", "ke"),
      { to: kenyan.id, course: await courseId("KE-EAC-CET") },
      { body: "Rude words" },
    );
    const fromSecond = await viewConversation(ke, (await copyOf("ke.learner", "ke.second")).id, "last");
    const reported = fromSecond.messages[0];
    await reportMessage(ke, reported.id, { reason: "Offensive" });
    await reportMessage(ke, reported.id, { reason: "Offensive again" });
    expect(await db.owner.messageReport.findMany({ where: { reporterId: kenyan.id } })).toEqual([
      expect.objectContaining({
        tenantId: kenya.id,
        authorName: "Brian Kamau",
        body: "Rude words",
        reason: "Offensive",
      }),
    ]);
    expect(await db.owner.alert.findMany({ where: { userId: coordinator.id, kind: "messageReport" } })).toEqual([
      expect.objectContaining({
        tenantId: kenya.id,
        params: expect.objectContaining({ reporter: "Amina Wanjiru", author: "Brian Kamau", message: "Rude words" }),
      }),
    ]);
    expect(await db.owner.auditEvent.count({ where: { tenantId: kenya.id, action: "message.report" } })).toBe(1);
    expect((await viewConversation(ke, fromSecond.conversation.id, "last")).messages[0].reportedAt).not.toBeNull();

    // A pair from two administrations (a core course's) goes to WCO staff.
    const fromBelgian = await viewConversation(ke, (await copyOf("ke.learner", "be.learner")).id, "last");
    const theirs = fromBelgian.messages.find((m) => !m.fromOwner)!;
    const mineToThem = fromBelgian.messages.find((m) => m.fromOwner)!;
    await reportMessage(ke, theirs.id, { reason: "Spam" });
    expect(await db.owner.messageReport.findFirst({ where: { reason: "Spam" } })).toMatchObject({ tenantId: wco.id });
    expect(await db.owner.alert.count({ where: { userId: wcoAdmin.id, kind: "messageReport" } })).toBe(1);
    expect(await db.owner.auditEvent.count({ where: { tenantId: wco.id, action: "message.report" } })).toBe(1);

    // One's own message, or another's conversation's, cannot be reported.
    await refused(reportMessage(ke, mineToThem.id, { reason: "x" }));
    await refused(reportMessage(await entryOf("in.learner", "root"), theirs.id, { reason: "x" }));
    const another = fromBelgian.messages.filter((m) => !m.fromOwner)[1];
    await expect(reportMessage(ke, another.id, { reason: " " })).rejects.toEqual(new Invalid({ reason: "required" }));
  });

  it("limits how many messages an account sends in a minute", async () => {
    await Promise.all([enrol("jo.learner", "HS-101"), enrol("ru.learner", "HS-101")]);
    const russian = await user("ru.learner");
    const jordan = await entryOf("jo.learner", "root");
    const { conversationId } = await startConversation(
      jordan,
      { to: russian.id, course: await courseId("HS-101") },
      { body: "1" },
    );
    for (let i = 1; i < MESSAGE_LIMIT.limit; i++) await sendMessage(jordan, conversationId, { body: `${i + 1}` });
    await expect(sendMessage(jordan, conversationId, { body: "one too many" })).rejects.toEqual(
      new Invalid({ body: "rateLimited" }),
    );
    const view = await viewConversation(jordan, conversationId, "last");
    expect(view.pages).toBe(1);
    expect(view.messages).toHaveLength(MESSAGE_LIMIT.limit);
    await expect(
      sendMessage(await entryOf("ru.learner", "root"), (await copyOf("ru.learner", "jo.learner")).id, {
        body: "<script>alert(1)</script>",
      }),
    ).rejects.toEqual(new Invalid({ body: "required" }));
  });
});

describe("Messages: nobody else reaches a conversation", () => {
  it("answers 404 to another tenant's user, a learner who is not a party, a visitor and an Academy buyer", async () => {
    const kenyan = await user("ke.learner");
    const conversation = await copyOf("ke.learner", "ke.coordinator");
    const message = await db.owner.conversationMessage.findFirstOrThrow({
      where: { conversationId: conversation.id, fromOwner: false },
    });
    const snapshot = async () => ({
      messages: await db.owner.conversationMessage.count(),
      conversations: await db.owner.conversation.findMany({ orderBy: { id: "asc" } }),
      reports: await db.owner.messageReport.count(),
    });
    const before = await snapshot();
    for (const entry of [
      await entryOf("be.learner", "be"),
      await entryOf("in.learner", "root"),
      await entryOf(null, "ke"),
      await entryOf(null, "root"),
      await entryOf("academy.buyer", "academy"),
    ]) {
      await refused(viewConversation(entry, conversation.id, "last"));
      await refused(sendMessage(entry, conversation.id, { body: "Hello" }));
      await refused(setBlock(entry, conversation.id, true));
      await refused(markConversationRead(entry, conversation.id));
      await refused(reportMessage(entry, message.id, { reason: "x" }));
      await refused(viewNewMessage(entry, { to: kenyan.id }));
      if (entry.viewer)
        expect((await viewInbox(entry, 1)).conversations.map((c) => c.id)).not.toContain(conversation.id);
      else await refused(viewInbox(entry, 1));
    }
    await refused(viewConversation(await entryOf("ke.learner", "ke"), "not-a-uuid", "last"));
    expect(await snapshot()).toEqual(before);
  });

  it("keeps each tenant's copies to itself in row-level security alone", async () => {
    const [belgium, kenya] = await Promise.all([
      db.owner.tenant.findUniqueOrThrow({ where: { slug: "be" } }),
      db.owner.tenant.findUniqueOrThrow({ where: { slug: "ke" } }),
    ]);
    const kenyan = await db.owner.conversation.findFirstOrThrow({ where: { tenantId: kenya.id } });
    await asAppRoleIn(db, { tenantId: belgium.id, audience: "CUSTOMS" }, async (app) => {
      for (const table of ["Conversation", "ConversationMessage", "MessageReport"]) {
        const { rows } = await app.query(`SELECT DISTINCT "tenantId" FROM "${table}"`);
        expect(rows.map((r) => r.tenantId)).not.toContain(kenya.id);
      }
      expect(
        (await app.query(`SELECT 1 FROM "Conversation" WHERE "tenantId" = $1`, [belgium.id])).rowCount,
      ).toBeGreaterThan(0);
      await expect(
        app.query(`UPDATE "Conversation" SET "unread" = 99 WHERE "id" = $1`, [kenyan.id]).then((r) => r.rowCount),
      ).resolves.toBe(0);
      await expect(
        app.query(
          `INSERT INTO "ConversationMessage" ("id","tenantId","conversationId","messageKey","fromOwner","source","body") VALUES (gen_random_uuid(), $1, $2, gen_random_uuid(), false, 'x', 'x')`,
          [kenya.id, kenyan.id],
        ),
      ).rejects.toThrow(/row-level security/);
    });
  });
});
