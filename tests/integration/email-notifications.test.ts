// E-mail that looks like e-mail, and notifications people control: both parts of every stored message, the
// one-click unsubscribe (RFC 8058) with its signed token, preferences per kind for e-mail and the Alerts panel,
// and a workshop booking's calendar invitation, parsed back by a calendar parser.
import http from "node:http";
import type { AddressInfo } from "node:net";
import ical from "node-ical";
import { asPlatform } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { createAlert } from "@/lib/notifications/create-alert";
import { deliverEmail } from "@/lib/notifications/deliver-email";
import { queueEmail } from "@/lib/notifications/queue-email";
import { unsubscribe } from "@/lib/notifications/unsubscribe";
import { viewUnsubscribe } from "@/lib/notifications/view-unsubscribe";
import { authorOn } from "@/lib/authoring/author";
import { loadViewer } from "@/lib/auth/load-viewer";
import { toZonedInput } from "@/lib/i18n/zoned-time";
import { applyToSession } from "@/lib/workshops/apply-to-session";
import { decideWorkshopApplication } from "@/lib/workshops/decide-workshop-application";
import { readSessionCalendar } from "@/lib/workshops/read-session-calendar";
import { saveSession } from "@/lib/workshops/save-session";
import { anonymousScope, scopeOfUser } from "../helpers/scopes";
import { siteFor } from "../helpers/sites";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase();
const DAY = 24 * 60 * 60 * 1000;
const userNamed = (username: string) => db.owner.user.findUniqueOrThrow({ where: { username } });

async function queueTo(username: string, template: "enrolmentAccepted" | "passwordChanged") {
  const user = await userNamed(username);
  // The message is written; its delivery (the returned step) is left to the tests that deliver it.
  await asPlatform("test: queue an e-mail", (tx) =>
    queueEmail(tx, {
      tenantId: user.tenantId,
      to: user.email,
      locale: user.locale,
      template,
      values: { firstName: user.firstName, course: "Risk management", link: "http://localhost:3000/courses" },
    }),
  );
  return db.owner.emailMessage.findFirst({
    where: { toAddress: user.email, template },
    orderBy: { createdAt: "desc" },
  });
}

async function newSession(code: string, timeZone: string) {
  const site = await siteFor("root");
  const wco = await userNamed("wco.admin");
  const author = authorOn(site, await loadViewer(wco.id, wco.sessionVersion, site));
  const workshop = await db.owner.course.findFirstOrThrow({ where: { code } });
  const at = (days: number) => toZonedInput(new Date(Date.now() + days * DAY), timeZone);
  const id = await saveSession(author, workshop.id, null, {
    timeZone,
    startsAt: at(30),
    endsAt: at(31),
    place: "Mombasa",
    onlineUrl: "",
    capacity: "5",
    applicationsCloseAt: "",
  });
  return db.owner.workshopSession.findUniqueOrThrow({ where: { id } });
}

afterEach(() => {
  delete process.env.RESEND_API_KEY;
  delete process.env.RESEND_API_URL;
});

describe("the parts of a message", () => {
  it("every stored message has a text and an HTML part, in the recipient's language and direction", async () => {
    await db.owner.user.update({ where: { username: "ke.learner" }, data: { locale: "ar" } });
    const arabic = await queueTo("ke.learner", "enrolmentAccepted");
    expect(arabic!.html).toMatch(/<html[^>]*dir="rtl"/);
    expect(arabic!.html).toContain('lang="ar"');
    expect(arabic!.text).toContain("Risk management");
    await db.owner.user.update({ where: { username: "ke.learner" }, data: { locale: null } });
    const account = await queueTo("be.learner", "passwordChanged");
    expect(account!.html).toMatch(/<html[^>]*dir="ltr"/);
    const incomplete = await db.owner.emailMessage.count({ where: { OR: [{ html: "" }, { text: "" }] } });
    expect(incomplete).toBe(0);
    expect(await db.owner.emailMessage.count()).toBeGreaterThan(1);
  });

  it("a kind's e-mail carries its unsubscribe address; an account e-mail never does", async () => {
    const kind = await queueTo("be.learner", "enrolmentAccepted");
    expect(kind).toMatchObject({ kind: "registrationDecisions" });
    expect(kind!.unsubscribeUrl).toMatch(/^http:\/\/[^/]+\/api\/unsubscribe\/[\w-]+\.[\w-]+$/);
    expect(kind!.html).toContain(kind!.unsubscribeUrl);
    const account = await queueTo("be.learner", "passwordChanged");
    expect(account).toMatchObject({ kind: null, unsubscribeUrl: null });
    expect(account!.html).not.toContain("/api/unsubscribe/");
  });

  it("is posted to Resend with both parts, List-Unsubscribe, List-Unsubscribe-Post and the idempotency key", async () => {
    const received: Array<{ idempotency: string; body: Record<string, unknown> }> = [];
    const server = http.createServer((req, res) => {
      let body = "";
      req.on("data", (chunk) => (body += chunk));
      req.on("end", () => {
        received.push({ idempotency: String(req.headers["idempotency-key"]), body: JSON.parse(body) });
        res.writeHead(200, { "Content-Type": "application/json" });
        res.end('{"id":"re_parts"}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    process.env.RESEND_API_KEY = "re_test_key";
    process.env.RESEND_API_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/emails`;
    try {
      const message = (await queueTo("br.learner", "enrolmentAccepted"))!;
      expect(await deliverEmail(message.id)).toBe("sent");
      expect(received).toEqual([
        {
          idempotency: message.id,
          body: expect.objectContaining({
            to: [message.toAddress],
            text: message.text,
            html: message.html,
            headers: {
              "List-Unsubscribe": `<${message.unsubscribeUrl}>`,
              "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
          }),
        },
      ]);
    } finally {
      server.close();
    }
  });
});

describe("one-click unsubscribe", () => {
  it("turns the kind off without sign-in, stops that e-mail, and keeps the others", async () => {
    const message = (await queueTo("in.learner", "enrolmentAccepted"))!;
    const token = message.unsubscribeUrl!.split("/").pop()!;
    // Opening the page changes nothing.
    expect(await viewUnsubscribe(token)).toEqual({ kind: "registrationDecisions", on: true });
    expect((await userNamed("in.learner")).emailOptOuts).not.toContain("registrationDecisions");
    expect(await unsubscribe(token)).toEqual({ kind: "registrationDecisions" });
    expect(await unsubscribe(token)).toEqual({ kind: "registrationDecisions" });
    const user = await userNamed("in.learner");
    expect(user.emailOptOuts.filter((k) => k === "registrationDecisions")).toHaveLength(1);
    expect(await viewUnsubscribe(token)).toEqual({ kind: "registrationDecisions", on: false });

    const before = await db.owner.emailMessage.count({ where: { toAddress: user.email } });
    await queueTo("in.learner", "enrolmentAccepted");
    expect(await db.owner.emailMessage.count({ where: { toAddress: user.email } })).toBe(before);
    await queueTo("in.learner", "passwordChanged");
    expect(await db.owner.emailMessage.count({ where: { toAddress: user.email } })).toBe(before + 1);
    await db.owner.user.update({ where: { id: user.id }, data: { emailOptOuts: [] } });
  });

  it("refuses a token changed in any part, and changes nothing", async () => {
    const message = (await queueTo("ke.coordinator", "enrolmentAccepted"))!;
    const token = message.unsubscribeUrl!.split("/").pop()!;
    const [payload, signature] = token.split(".");
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString());
    const other = await userNamed("be.coordinator");
    const forged = [
      `${Buffer.from(JSON.stringify({ ...claims, a: other.email })).toString("base64url")}.${signature}`,
      `${Buffer.from(JSON.stringify({ ...claims, k: "certificates" })).toString("base64url")}.${signature}`,
      `${payload}.${signature.slice(0, -2)}xx`,
      `${payload}.`,
      payload,
      "not-a-token",
    ];
    for (const bad of forged) {
      await expect(unsubscribe(bad)).rejects.toBeInstanceOf(NotFound);
      await expect(viewUnsubscribe(bad)).rejects.toBeInstanceOf(NotFound);
    }
    expect((await userNamed("ke.coordinator")).emailOptOuts).toEqual([]);
    expect((await userNamed("be.coordinator")).emailOptOuts).toEqual(other.emailOptOuts);
  });
});

describe("the Alerts panel's preferences", () => {
  it("a kind turned off writes no alert of it, but an alert asking for a decision is always written", async () => {
    const user = await userNamed("br.learner");
    await db.owner.user.update({ where: { id: user.id }, data: { alertOptOuts: ["registrationDecisions"] } });
    const count = () => db.owner.alert.count({ where: { userId: user.id } });
    const before = await count();
    await asPlatform("test: alerts", async (tx) => {
      await createAlert(tx, { tenantId: user.tenantId, userId: user.id, kind: "enrolmentAccepted" });
      await createAlert(tx, { tenantId: user.tenantId, userId: user.id, kind: "certificateExpiring" });
      await createAlert(tx, { tenantId: user.tenantId, userId: user.id, kind: "enrolmentAccepted", actionKey: "X:1" });
    });
    expect(await count()).toBe(before + 2);
    await db.owner.user.update({ where: { id: user.id }, data: { alertOptOuts: [] } });
  });
});

describe("a workshop booking's calendar invitation", () => {
  it("comes with the acceptance e-mail and opens in a calendar parser at the session's time in its time zone", async () => {
    const session = await newSession("ENF-CCP", "Africa/Nairobi");
    const kenyan = await scopeOfUser(db.owner, "ke.learner", "ke");
    const applicationId = await applyToSession(
      kenyan,
      { id: kenyan.userId, homeTenantId: kenyan.homeTenantId, homeTenantKind: "ADMINISTRATION" },
      session.id,
    );
    const coordinator = await userNamed("ke.coordinator");
    await decideWorkshopApplication(
      { ...coordinator, homeTenantId: coordinator.tenantId, locale: "en" },
      applicationId,
      true,
    );
    const mail = await db.owner.emailMessage.findFirstOrThrow({
      where: { toAddress: (await userNamed("ke.learner")).email, template: "workshopAccepted" },
      orderBy: { createdAt: "desc" },
    });
    const [attachment] = mail.attachments as Array<{ filename: string; contentType: string; content: string }>;
    expect(attachment).toMatchObject({
      filename: "workshop.ics",
      contentType: expect.stringMatching(/^text\/calendar/),
    });
    const ics = Buffer.from(attachment.content, "base64").toString("utf8");
    expect(ics).toContain("BEGIN:VTIMEZONE");
    expect(ics).toContain("TZID:Africa/Nairobi");
    const events = Object.values(ical.sync.parseICS(ics)).filter((c) => c?.type === "VEVENT") as ical.VEvent[];
    expect(events).toHaveLength(1);
    expect(events[0].start.getTime()).toBe(session.startsAt.getTime());
    expect(events[0].end!.getTime()).toBe(session.endsAt.getTime());
    expect(events[0].start.tz).toBe("Africa/Nairobi");
    expect(events[0].summary).toBe("Container Control Programme: port control unit training");
    // An application still waiting for its decision carries none.
    const application = await db.owner.emailMessage.findFirstOrThrow({ where: { template: "workshopApplication" } });
    expect(application.attachments).toBeNull();
  });

  it("is offered for download to whoever may see the session, and to nobody else", async () => {
    const customsOnly = await newSession("ENF-CCP", "Europe/Brussels");
    const regional = await newSession("WS-WCA-VAL", "Africa/Dakar");
    const kenyan = await scopeOfUser(db.owner, "ke.learner", "ke");
    const ics = await readSessionCalendar(kenyan, { id: kenyan.userId }, customsOnly.id, "fr");
    const [event] = Object.values(ical.sync.parseICS(ics)).filter((c) => c?.type === "VEVENT") as ical.VEvent[];
    expect(event.start.getTime()).toBe(customsOnly.startsAt.getTime());
    expect(event.start.tz).toBe("Europe/Brussels");
    expect(event.url).toMatchObject({ val: expect.stringMatching(/^http:\/\/ke\.[^/]+\/courses\//) });

    // Another administration outside the region, a learner of it, an Academy buyer and a visitor: not found.
    const refused = [
      [await scopeOfUser(db.owner, "be.learner", "be"), regional.id],
      [kenyan, regional.id],
      [await scopeOfUser(db.owner, "academy.buyer"), customsOnly.id],
      [await anonymousScope(db.owner, "ke"), customsOnly.id],
      [kenyan, "00000000-0000-4000-8000-000000000000"],
      [kenyan, "not-a-uuid"],
    ] as const;
    for (const [scope, id] of refused) {
      await expect(
        readSessionCalendar(scope, { id: "00000000-0000-4000-8000-000000000001" }, id, "en"),
      ).rejects.toBeInstanceOf(NotFound);
    }
  });
});
