// The reviewers' page of reported messages (ADR 0047): an administration's coordinators decide the reports of a
// pair of its own users, WCO staff the others; removing erases the text from both copies, dismissing leaves it.
import { Invalid, NotFound } from "@/lib/errors";
import type { Entry } from "@/lib/http/entry";
import { decideMessageReport } from "@/lib/messages/decide-message-report";
import { reportMessage } from "@/lib/messages/report-message";
import { sendMessage } from "@/lib/messages/send-message";
import { startConversation } from "@/lib/messages/start-conversation";
import { viewConversation } from "@/lib/messages/view-conversation";
import { viewMessageReports } from "@/lib/messages/view-message-reports";
import { entryOf as entryOfAccount } from "../helpers/entries";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase();

const entryOf = (username: string | null, host: string): Promise<Entry> => entryOfAccount(db, username, host);
const user = (username: string) => db.owner.user.findUniqueOrThrow({ where: { username } });
const courseId = async (code: string) => (await db.owner.course.findFirstOrThrow({ where: { code } })).id;

async function enrol(username: string, code: string): Promise<void> {
  const u = await user(username);
  await db.owner.enrolment.create({ data: { tenantId: u.tenantId, userId: u.id, courseId: await courseId(code) } });
}

/** A second Kenyan officer, made like the seeded learner. */
async function secondKenyan(): Promise<void> {
  const { id: _id, username: _u, email: _e, ...rest } = await user("ke.learner");
  void [_id, _u, _e];
  await db.owner.user.create({
    data: { ...rest, username: "ke.second", email: "ke.second@example.test", firstName: "Brian", lastName: "Kamau" },
  });
}

/** `owner`'s copy of their conversation with `other`. */
async function copyOf(owner: string, other: string) {
  const [a, b] = await Promise.all([user(owner), user(other)]);
  return db.owner.conversation.findFirstOrThrow({ where: { ownerId: a.id, otherId: b.id } });
}

/** `from` writes `body` to ke.learner, who reports it; the report's id. */
async function reported(from: string, body: string, reason: string): Promise<string> {
  const recipient = await entryOf("ke.learner", "ke");
  await sendMessage(await entryOf(from, from === "be.learner" ? "be" : "ke"), (await copyOf(from, "ke.learner")).id, {
    body,
  });
  const view = await viewConversation(recipient, (await copyOf("ke.learner", from)).id, "last");
  const message = view.messages.at(-1)!;
  await reportMessage(recipient, message.id, { reason });
  return (await db.owner.messageReport.findFirstOrThrow({ where: { reason } })).id;
}

const texts = async (reportId: string) => {
  const report = await db.owner.messageReport.findUniqueOrThrow({ where: { id: reportId } });
  return db.owner.conversationMessage.findMany({
    where: { messageKey: report.messageKey },
    select: { tenantId: true, source: true, body: true, removedAt: true },
  });
};

const refused = (promise: Promise<unknown>) => expect(promise).rejects.toBeInstanceOf(NotFound);
const alreadyDecided = (promise: Promise<unknown>) =>
  expect(promise).rejects.toEqual(new Invalid({ report: "alreadyDecided" }));

let firstId = "";

beforeAll(async () => {
  await secondKenyan();
  await Promise.all([
    enrol("ke.second", "KE-EAC-CET"),
    enrol("ke.learner", "KE-EAC-CET"),
    enrol("ke.learner", "HS-101"),
    enrol("be.learner", "HS-101"),
  ]);
  const [kenyan] = await Promise.all([user("ke.learner")]);
  await startConversation(
    await entryOf("ke.second", "ke"),
    { to: kenyan.id, course: await courseId("KE-EAC-CET") },
    { body: "Hello" },
  );
  await startConversation(
    await entryOf("be.learner", "be"),
    { to: kenyan.id, course: await courseId("HS-101") },
    { body: "Bonjour" },
  );
});

describe("Reported messages: the reviewers decide (ADR 0047)", () => {
  it("removes a reported message from both copies, records and audits the decision, and closes every alert", async () => {
    const [kenya, coordinator] = await Promise.all([
      db.owner.tenant.findUniqueOrThrow({ where: { slug: "ke" } }),
      user("ke.coordinator"),
    ]);
    firstId = await reported("ke.second", "You are **useless**", "Insulting");
    const nc = await entryOf("ke.coordinator", "ke");

    const before = await viewMessageReports(nc, 1);
    expect(before).toMatchObject({ open: 1, total: 1, pages: 1 });
    expect(before.reports).toEqual([
      expect.objectContaining({
        id: firstId,
        body: "You are **useless**",
        reason: "Insulting",
        reporterName: "Amina Wanjiru",
        authorName: "Brian Kamau",
        decision: null,
      }),
    ]);
    // The report's alert leads to the page and asks for the decision.
    expect(await db.owner.alert.findFirst({ where: { userId: coordinator.id, kind: "messageReport" } })).toMatchObject({
      href: "/team/reported-messages",
      actionKey: `MessageReport:${firstId}`,
      doneAt: null,
    });

    expect(await decideMessageReport(nc, firstId, "remove")).toBe("REMOVED");

    // Both parties' copies are kept, without their text, and their pages say a moderator removed it.
    const copies = await texts(firstId);
    expect(copies).toHaveLength(2);
    for (const copy of copies) expect(copy).toMatchObject({ source: "", body: "", removedAt: expect.any(Date) });
    for (const [owner, other] of [
      ["ke.learner", "ke.second"],
      ["ke.second", "ke.learner"],
    ]) {
      const view = await viewConversation(await entryOf(owner, "ke"), (await copyOf(owner, other)).id, "last");
      const removed = view.messages.at(-1)!;
      expect(removed).toMatchObject({ body: "", removedAt: expect.any(Date) });
      expect(JSON.stringify(view)).not.toContain("useless");
      expect(view.messages[0]).toMatchObject({ body: "<p>Hello</p>", removedAt: null });
    }
    expect(await db.owner.messageReport.findUniqueOrThrow({ where: { id: firstId } })).toMatchObject({
      decision: "REMOVED",
      decidedById: coordinator.id,
      decidedByName: "David Otieno",
      decidedAt: expect.any(Date),
    });
    expect(
      await db.owner.auditEvent.findMany({
        where: { action: "message.remove" },
        select: { tenantId: true, actorId: true, targetId: true, before: true, after: true },
      }),
    ).toEqual([
      {
        tenantId: kenya.id,
        actorId: coordinator.id,
        targetId: firstId,
        before: { status: "OPEN" },
        after: { status: "REMOVED", reporter: "Amina Wanjiru", author: "Brian Kamau" },
      },
    ]);
    // Every reviewer's alert is done, and no longer carries the text.
    const alerts = await db.owner.alert.findMany({ where: { actionKey: `MessageReport:${firstId}` } });
    expect(alerts.length).toBeGreaterThan(0);
    for (const alert of alerts) {
      expect(alert).toMatchObject({ doneAt: expect.any(Date), readAt: expect.any(Date) });
      expect(JSON.stringify(alert.params)).not.toContain("useless");
    }

    // A decided report is decided once.
    await alreadyDecided(decideMessageReport(nc, firstId, "dismiss"));
    await alreadyDecided(decideMessageReport(nc, firstId, "remove"));
    expect(await db.owner.auditEvent.count({ where: { action: { in: ["message.remove", "message.dismiss"] } } })).toBe(
      1,
    );
  });

  it("dismisses a report and leaves the message; lists the open reports first, then the decided ones", async () => {
    const nc = await entryOf("ke.coordinator", "ke");
    const stillOpen = await reported("ke.second", "Call me at home", "Private");
    const dismissed = await reported("ke.second", "See you Monday", "Mistaken");
    expect(await decideMessageReport(nc, dismissed, "dismiss")).toBe("DISMISSED");

    expect(await texts(dismissed)).toEqual([
      expect.objectContaining({ source: "See you Monday", removedAt: null }),
      expect.objectContaining({ source: "See you Monday", removedAt: null }),
    ]);
    const view = await viewConversation(
      await entryOf("ke.second", "ke"),
      (await copyOf("ke.second", "ke.learner")).id,
      "last",
    );
    expect(view.messages.at(-1)).toMatchObject({ body: "<p>See you Monday</p>", removedAt: null });
    expect(await db.owner.messageReport.findUniqueOrThrow({ where: { id: dismissed } })).toMatchObject({
      decision: "DISMISSED",
      decidedByName: "David Otieno",
    });
    expect(await db.owner.auditEvent.count({ where: { action: "message.dismiss", targetId: dismissed } })).toBe(1);
    expect(await db.owner.alert.count({ where: { actionKey: `MessageReport:${dismissed}`, doneAt: null } })).toBe(0);
    await alreadyDecided(decideMessageReport(nc, dismissed, "remove"));

    const list = await viewMessageReports(nc, 1);
    expect(list).toMatchObject({ open: 1, total: 3 });
    expect(list.reports.map((r) => [r.id, r.decision])).toEqual([
      [stillOpen, null],
      [dismissed, "DISMISSED"],
      [firstId, "REMOVED"],
    ]);
    // A decision posted as anything else is not found.
    await refused(decideMessageReport(nc, stillOpen, "delete"));
  });

  it("answers 404 to everyone but the report's reviewers, and they change nothing", async () => {
    const kenyan = await db.owner.messageReport.findFirstOrThrow({ where: { reason: "Private" } });
    const wcoReport = await reported("be.learner", "Buy my goods", "Spam");
    const wco = await db.owner.tenant.findUniqueOrThrow({ where: { slug: "wco" } });
    expect(await db.owner.messageReport.findUniqueOrThrow({ where: { id: wcoReport } })).toMatchObject({
      tenantId: wco.id,
    });
    const snapshot = async () => ({
      reports: await db.owner.messageReport.findMany({ orderBy: { id: "asc" } }),
      messages: await db.owner.conversationMessage.findMany({ orderBy: { id: "asc" } }),
      audit: await db.owner.auditEvent.count(),
      alerts: await db.owner.alert.findMany({ where: { kind: "messageReport" }, orderBy: { id: "asc" } }),
    });
    const before = await snapshot();

    // Nobody without the reviewers' role: the reporting recipient, the sender, another learner, visitors, a buyer.
    for (const entry of [
      await entryOf("ke.learner", "ke"),
      await entryOf("ke.second", "ke"),
      await entryOf("be.learner", "be"),
      await entryOf("in.learner", "root"),
      await entryOf(null, "ke"),
      await entryOf(null, "root"),
      await entryOf("academy.buyer", "academy"),
      // WCO staff review on the root site only.
      await entryOf("wco.admin", "ke"),
    ]) {
      await refused(viewMessageReports(entry, 1));
      for (const id of [kenyan.id, wcoReport])
        for (const decision of ["remove", "dismiss"]) await refused(decideMessageReport(entry, id, decision));
    }
    // Reviewers of another tenant: another administration's coordinators, WCO staff for an administration's own
    // pair, the administration's coordinators for a pair that goes to WCO staff.
    const others: [Entry, string, string][] = [
      [await entryOf("be.coordinator", "be"), kenyan.id, "be"],
      [await entryOf("be.coordinator", "root"), kenyan.id, "be"],
      [await entryOf("wco.admin", "root"), kenyan.id, "wco"],
      [await entryOf("ke.coordinator", "ke"), wcoReport, "ke"],
      [await entryOf("ke.coordinator", "root"), wcoReport, "ke"],
    ];
    for (const [entry, id] of others) {
      expect((await viewMessageReports(entry, 1)).reports.map((r) => r.id)).not.toContain(id);
      for (const decision of ["remove", "dismiss"]) await refused(decideMessageReport(entry, id, decision));
    }
    await refused(decideMessageReport(await entryOf("ke.coordinator", "ke"), "not-a-uuid", "remove"));
    expect(await viewMessageReports(await entryOf("be.coordinator", "be"), 1)).toMatchObject({ total: 0 });
    expect(await snapshot()).toEqual(before);

    // WCO staff decide the reports that came to them.
    const admin = await entryOf("wco.admin", "root");
    expect((await viewMessageReports(admin, 1)).reports.map((r) => r.id)).toEqual([wcoReport]);
    await decideMessageReport(admin, wcoReport, "remove");
    expect(await texts(wcoReport)).toEqual([
      expect.objectContaining({ source: "", removedAt: expect.any(Date) }),
      expect.objectContaining({ source: "", removedAt: expect.any(Date) }),
    ]);
    expect(await db.owner.auditEvent.count({ where: { tenantId: wco.id, action: "message.remove" } })).toBe(1);
  });
});

describe("Reported messages: the page", () => {
  it("shows the reports 20 at a time, open ones first, and an empty list to reviewers with none", async () => {
    const [belgium, reporter, author] = await Promise.all([
      db.owner.tenant.findUniqueOrThrow({ where: { slug: "be" } }),
      user("be.learner"),
      user("be.coordinator"),
    ]);
    const nc = await entryOf("be.coordinator", "be");
    expect(await viewMessageReports(nc, 1)).toMatchObject({ reports: [], total: 0, open: 0, pages: 1 });
    const at = (minutes: number) => new Date(Date.UTC(2026, 10, 1, 9, minutes));
    await db.owner.messageReport.createMany({
      data: Array.from({ length: 21 }, (_, i) => ({
        tenantId: belgium.id,
        messageKey: crypto.randomUUID(),
        reporterId: reporter.id,
        reporterName: "Lucie Dubois",
        authorId: author.id,
        authorName: "Pieter Janssens",
        body: `Message ${i}`,
        reason: `Reason ${i}`,
        createdAt: at(i),
        // The newest is decided: it comes after every open one.
        ...(i === 20 ? { decision: "DISMISSED" as const, decidedAt: at(30), decidedByName: "Pieter Janssens" } : {}),
      })),
    });
    const first = await viewMessageReports(nc, 1);
    expect(first).toMatchObject({ total: 21, open: 20, pages: 2, page: 1 });
    expect(first.reports.map((r) => r.body)).toEqual(Array.from({ length: 20 }, (_, i) => `Message ${19 - i}`));
    const second = await viewMessageReports(nc, 2);
    expect(second.reports.map((r) => [r.body, r.decision])).toEqual([["Message 20", "DISMISSED"]]);
    expect((await viewMessageReports(nc, 99)).page).toBe(2);
  });
});
