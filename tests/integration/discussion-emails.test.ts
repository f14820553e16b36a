// The e-mails of discussion replies: one per reply to each of the thread's other subscribers, in their language
// and from their own site, with the one-click unsubscribe; or, for those who chose it, one digest a day.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { savePreferences } from "@/lib/accounts/save-preferences";
import { replyToThread } from "@/lib/discussions/reply-to-thread";
import { DIGEST_REPLIES, sendDiscussionDigests } from "@/lib/discussions/send-digests";
import { startThread } from "@/lib/discussions/start-thread";
import { NotFound } from "@/lib/errors";
import { deliverEmail } from "@/lib/notifications/deliver-email";
import { EMAIL_KIND_NAMES } from "@/lib/notifications/email-kinds";
import { entryOf as entryFor, outsidersOfKenya } from "../helpers/entries";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase();
const entryOf = (username: string | null, host: string) => entryFor(db, username, host);
const DAY_MS = 86_400_000;
const REPLY_TEMPLATES = ["discussionReply", "discussionDigest"];

const userNamed = (username: string) =>
  db.owner.user.findUniqueOrThrow({ where: { username }, include: { tenant: true } });
const courseId = async (code: string) => (await db.owner.course.findFirstOrThrow({ where: { code } })).id;

/** The discussion e-mails queued for `username`, oldest first. */
async function mailsTo(username: string, template = "discussionReply") {
  const user = await userNamed(username);
  return db.owner.emailMessage.findMany({ where: { toAddress: user.email, template }, orderBy: { createdAt: "asc" } });
}

async function alertsOf(username: string) {
  const user = await userNamed(username);
  return db.owner.alert.count({ where: { userId: user.id, kind: "discussionReply" } });
}

/** Saves `username`'s preferences as the Preferences page would: every kind on but those listed. */
async function prefer(username: string, options: { emailsOff?: string[]; alertsOff?: string[]; digest?: boolean }) {
  const user = await userNamed(username);
  const on = (off: string[] = []) => EMAIL_KIND_NAMES.filter((kind) => !off.includes(kind));
  await savePreferences({ tenantId: user.tenantId, audience: "CUSTOMS" }, user.id, {
    locale: user.locale ?? "en",
    emails: on(options.emailsOff),
    alerts: on(options.alertsOff),
    discussionDigest: options.digest ?? false,
  });
}

describe("discussion reply e-mails", () => {
  it("e-mails each of the thread's other subscribers in their language from their own site, never the author", async () => {
    const hs = await courseId("HS-101");
    const { threadId } = await startThread(await entryOf("ke.learner", "ke"), hs, {
      title: "Valuation of software",
      body: "Is the **licence** part of the customs value?",
    });
    await replyToThread(await entryOf("be.learner", "be"), hs, threadId, {
      body: "Only when it is a *condition* of sale.",
    });
    // The Kenyan (English) hears of the Belgian's reply; the Belgian wrote it and hears nothing.
    const [toKenyan] = await mailsTo("ke.learner");
    expect(await mailsTo("be.learner")).toEqual([]);
    const kenyan = await userNamed("ke.learner");
    expect(toKenyan).toMatchObject({ locale: "en", kind: "discussionReplies", tenantId: kenyan.tenantId });
    expect(toKenyan.subject).toBe("New reply in “Valuation of software”");
    expect(toKenyan.text).toContain("Only when it is a condition of sale.");
    expect(toKenyan.html).toContain("Only when it is a condition of sale.");
    expect(toKenyan.html).toContain(kenyan.tenant.name);
    // Its link opens the post on the Kenyan's own site.
    const post = await db.owner.discussionPost.findFirstOrThrow({
      where: { threadId },
      orderBy: { createdAt: "desc" },
    });
    const link = toKenyan.text.match(/https?:\/\/\S+#post-\S+/)![0];
    expect(new URL(link).host).toMatch(/^ke\./);
    expect(link).toMatch(new RegExp(`/courses/${hs}/discussion/${threadId}#post-${post.id}$`));
    expect(toKenyan.html).toContain(`href="${link}"`);

    // The Kenyan answers: the Belgian, now subscribed, hears of it in French, from the Belgian site.
    await replyToThread(await entryOf("ke.learner", "ke"), hs, threadId, { body: "Merci !" });
    const [toBelgian] = await mailsTo("be.learner");
    expect(toBelgian).toMatchObject({ locale: "fr", subject: "Nouvelle réponse dans « Valuation of software »" });
    expect(toBelgian.html).toContain('lang="fr"');
    expect(toBelgian.html).toContain('href="http://be.localhost:3000/"');
    expect(toBelgian.html).not.toContain("ke.localhost");
    expect(await mailsTo("ke.learner")).toHaveLength(1);

    // Delivered, it carries the one-click unsubscribe that a mail client uses, and both parts.
    const received: Array<{ headers?: Record<string, string>; text?: string; html?: string }> = [];
    const provider = http.createServer((req, res) => {
      let body = "";
      req.on("data", (chunk) => (body += chunk));
      req.on("end", () => {
        received.push(JSON.parse(body));
        res.writeHead(200, { "Content-Type": "application/json" }).end('{"id":"re_1"}');
      });
    });
    await new Promise<void>((resolve) => provider.listen(0, "127.0.0.1", resolve));
    process.env.RESEND_API_KEY = "re_test_key";
    process.env.RESEND_API_URL = `http://127.0.0.1:${(provider.address() as AddressInfo).port}/emails`;
    try {
      expect(await deliverEmail(toBelgian.id)).toBe("sent");
    } finally {
      delete process.env.RESEND_API_KEY;
      delete process.env.RESEND_API_URL;
      await new Promise((resolve) => provider.close(resolve));
    }
    expect(received).toHaveLength(1);
    expect(received[0].headers).toEqual({
      "List-Unsubscribe": `<${toBelgian.unsubscribeUrl}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
    expect(toBelgian.unsubscribeUrl).toMatch(/\/api\/unsubscribe\//);
    expect(received[0].text).toContain("Merci !");
    expect(received[0].html).toContain("Merci !");
  });

  it("stops the e-mail when its kind is turned off, and the alert when the Alerts panel's is", async () => {
    const hs = await courseId("HS-101");
    const { threadId } = await startThread(await entryOf("jo.learner", "root"), hs, {
      title: "Rules of origin",
      body: "Cumulation?",
    });
    await prefer("jo.learner", { emailsOff: ["discussionReplies"] });
    await replyToThread(await entryOf("br.learner", "root"), hs, threadId, { body: "Diagonal, within the FTA." });
    expect(await mailsTo("jo.learner")).toEqual([]);
    expect(await alertsOf("jo.learner")).toBe(1);
    await prefer("jo.learner", { emailsOff: ["discussionReplies"], alertsOff: ["discussionReplies"] });
    await replyToThread(await entryOf("br.learner", "root"), hs, threadId, { body: "Or full cumulation." });
    expect(await mailsTo("jo.learner")).toEqual([]);
    expect(await alertsOf("jo.learner")).toBe(1);
    // Turned on again, the next reply comes by e-mail, and the other kinds were never affected.
    await prefer("jo.learner", {});
    await replyToThread(await entryOf("br.learner", "root"), hs, threadId, { body: "See the PEM convention." });
    expect(await mailsTo("jo.learner")).toHaveLength(1);
    expect(await alertsOf("jo.learner")).toBe(2);
  });
});

/** Moves the moment `username` chose the digest a day back, as if it was chosen yesterday. */
async function choseDigestYesterday(username: string) {
  await db.owner.user.update({
    where: { username },
    data: { discussionDigestSentAt: new Date(Date.now() - DAY_MS) },
  });
}

describe("the daily digest of discussion replies", () => {
  it("sends no e-mail per reply, then one digest on the next run, and nothing on the runs after", async () => {
    const hs = await courseId("HS-101");
    await prefer("in.learner", { digest: true });
    await choseDigestYesterday("in.learner");
    const first = await startThread(await entryOf("in.learner", "root"), hs, { title: "Tariff shift", body: "CTH?" });
    const second = await startThread(await entryOf("in.learner", "root"), hs, { title: "De minimis", body: "Value?" });
    const replies = ["One", "Two", "Three", "Four", "Five"];
    for (const body of replies) await replyToThread(await entryOf("ru.learner", "root"), hs, first.threadId, { body });
    await replyToThread(await entryOf("ru.learner", "root"), hs, second.threadId, { body: "Below 150 USD." });
    expect(await mailsTo("in.learner")).toEqual([]);
    // The alerts keep coming one by one: only the e-mail waits for the digest.
    expect(await alertsOf("in.learner")).toBe(6);

    const now = new Date();
    expect(await sendDiscussionDigests(now)).toBeGreaterThanOrEqual(1);
    const [digest, ...more] = await mailsTo("in.learner", "discussionDigest");
    expect(more).toEqual([]);
    expect(digest).toMatchObject({ kind: "discussionReplies", subject: "Your course discussions today" });
    expect(digest.unsubscribeUrl).toMatch(/\/api\/unsubscribe\//);
    // Per thread, the latest first: its count, its last replies, "and N more", and its link.
    const list = digest.text.slice(digest.text.indexOf("“De minimis”"));
    expect(list).toMatch(/^“De minimis” \(.+\): 1 new reply\n.+: Below 150 USD\.\nhttp\S+#post-/);
    const tariff = list.slice(list.indexOf("“Tariff shift”"));
    expect(tariff).toMatch(/^“Tariff shift” \(.+\): 5 new replies\n/);
    for (const body of replies.slice(-DIGEST_REPLIES)) expect(tariff).toContain(`: ${body}\n`);
    expect(tariff).not.toContain(": One\n");
    expect(tariff).toContain(`and ${replies.length - DIGEST_REPLIES} more replies`);
    expect(digest.html).toContain("Tariff shift");
    expect(digest.html).toContain("and 2 more replies");

    // A second run the same day sends nothing.
    await sendDiscussionDigests(new Date(now.getTime() + 60_000));
    expect(await mailsTo("in.learner", "discussionDigest")).toHaveLength(1);
    // A reply after that goes into the next day's digest, alone; the day after, with nothing new, nothing comes.
    await replyToThread(await entryOf("ru.learner", "root"), hs, second.threadId, { body: "Or 800 USD." });
    await sendDiscussionDigests(new Date(now.getTime() + DAY_MS));
    await sendDiscussionDigests(new Date(now.getTime() + 2 * DAY_MS));
    const [, next, ...after] = await mailsTo("in.learner", "discussionDigest");
    expect(after).toEqual([]);
    expect(next.text).toContain("Or 800 USD.");
    expect(next.text).toContain(": 1 new reply");
    expect(next.text).not.toContain("Below 150 USD.");
    expect(next.text).not.toContain("Tariff shift");
  });

  it("starts from the moment it was chosen: the first digest comes the next day and repeats no reply already e-mailed", async () => {
    const hs = await courseId("HS-101");
    await prefer("ru.learner", {});
    const { threadId } = await startThread(await entryOf("ru.learner", "root"), hs, { title: "Transit", body: "TIR?" });
    await replyToThread(await entryOf("in.learner", "root"), hs, threadId, { body: "Carnet first." });
    expect(await mailsTo("ru.learner")).toHaveLength(1);
    await prefer("ru.learner", { digest: true });
    await replyToThread(await entryOf("in.learner", "root"), hs, threadId, { body: "Then the guarantee." });
    expect(await mailsTo("ru.learner")).toHaveLength(1);
    // The day it was chosen, no digest; the next day's one has the reply after the choice only.
    await sendDiscussionDigests(new Date(Date.now() + 1000));
    expect(await mailsTo("ru.learner", "discussionDigest")).toEqual([]);
    await sendDiscussionDigests(new Date(Date.now() + DAY_MS));
    const [digest, ...more] = await mailsTo("ru.learner", "discussionDigest");
    expect(more).toEqual([]);
    expect(digest.text).toContain("Then the guarantee.");
    expect(digest.text).not.toContain("Carnet first.");
  });

  it("sends one digest when two runs start at the same moment", async () => {
    const hs = await courseId("HS-101");
    await prefer("be.coordinator", { digest: true });
    await choseDigestYesterday("be.coordinator");
    const { threadId } = await startThread(await entryOf("be.coordinator", "be"), hs, { title: "AEO", body: "MRA?" });
    await replyToThread(await entryOf("ke.coordinator", "ke"), hs, threadId, { body: "Signed in 2025." });
    const now = new Date(Date.now() + 1000);
    const [a, b] = await Promise.all([sendDiscussionDigests(now), sendDiscussionDigests(now)]);
    expect(a + b).toBeGreaterThanOrEqual(1);
    const digests = await mailsTo("be.coordinator", "discussionDigest");
    expect(digests).toHaveLength(1);
    expect(digests[0]).toMatchObject({ locale: "en", subject: "Your course discussions today" });
    expect(digests[0].text).toContain("Signed in 2025.");
  });

  it("keeps a Kenyan-only course's replies among Kenyans, by e-mail and in digests", async () => {
    const own = await courseId("KE-EAC-CET");
    await prefer("be.learner", { digest: true });
    await choseDigestYesterday("be.learner");
    const { threadId } = await startThread(await entryOf("ke.learner", "ke"), own, {
      title: "CET bands 2026",
      body: "Four bands now?",
    });
    await replyToThread(await entryOf("ke.coordinator", "ke"), own, threadId, { body: "Yes, since July." });
    const mailed = await db.owner.emailMessage.findMany({
      where: { template: { in: REPLY_TEMPLATES } },
      select: { toAddress: true, text: true, tenantId: true },
    });
    const kenya = await db.owner.tenant.findUniqueOrThrow({ where: { slug: "ke" } });
    const aboutIt = mailed.filter((m) => m.text.includes("CET bands 2026"));
    expect(aboutIt.map((m) => m.toAddress)).toEqual([(await userNamed("ke.learner")).email]);

    // Another administration's officer, an Academy buyer and visitors cannot reply, and nobody is e-mailed.
    const before = await db.owner.emailMessage.count();
    for (const entry of await outsidersOfKenya(db)) {
      await expect(replyToThread(entry, own, threadId, { body: "Hello" })).rejects.toBeInstanceOf(NotFound);
    }
    expect(await db.owner.emailMessage.count()).toBe(before);
    // The day's digests hold nothing of it for anyone outside Kenya: the Belgian's has the core course's thread only.
    await sendDiscussionDigests(new Date(Date.now() + 1000));
    const [belgian] = await mailsTo("be.learner", "discussionDigest");
    expect(belgian.text).toContain("Valuation of software");
    expect(belgian.text).not.toContain("CET bands 2026");
    const digests = await db.owner.emailMessage.findMany({
      where: { template: "discussionDigest", text: { contains: "CET bands 2026" } },
      select: { tenantId: true },
    });
    expect(digests.every((d) => d.tenantId === kenya.id)).toBe(true);
    expect(
      await db.owner.emailMessage.count({
        where: {
          template: { in: REPLY_TEMPLATES },
          text: { contains: "Yes, since July." },
          NOT: { tenantId: kenya.id },
        },
      }),
    ).toBe(0);
  });
});
