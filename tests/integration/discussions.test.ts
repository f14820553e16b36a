import { deleteOwnPost } from "@/lib/discussions/delete-own-post";
import { editPost } from "@/lib/discussions/edit-post";
import { formatPost } from "@/lib/discussions/format-post";
import { moderateThread } from "@/lib/discussions/moderate-thread";
import { nameTutor } from "@/lib/discussions/name-tutor";
import { removePost } from "@/lib/discussions/remove-post";
import { removeTutor } from "@/lib/discussions/remove-tutor";
import { replyToThread } from "@/lib/discussions/reply-to-thread";
import { reportPost } from "@/lib/discussions/report-post";
import { POSTING_LIMIT } from "@/lib/discussions/schemas";
import { setSubscription } from "@/lib/discussions/set-subscription";
import { startThread } from "@/lib/discussions/start-thread";
import { viewDiscussion } from "@/lib/discussions/view-discussion";
import { viewThread } from "@/lib/discussions/view-thread";
import { viewTutors } from "@/lib/discussions/view-tutors";
import { scopeToTenant } from "@/lib/db/tenant-scope";
import { Invalid, NotFound } from "@/lib/errors";
import type { Entry } from "@/lib/http/entry";
import { entryOf as entryOfOn } from "../helpers/entry-of";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase();

const entryOf = (username: string | null, host: string) => entryOfOn(db, username, host);

async function courseId(code: string): Promise<string> {
  return (await db.owner.course.findFirstOrThrow({ where: { code } })).id;
}

/** Gives an Academy account the course product holding HS-101 (a core PUBLIC course). */
async function grantAcademyCourse(username: string): Promise<void> {
  const user = await db.owner.user.findUniqueOrThrow({ where: { username } });
  const product = await db.owner.storeProduct.findFirstOrThrow({
    where: { kind: "COURSE", courses: { some: { course: { code: "HS-101" } } } },
  });
  await db.owner.storeAccess.create({
    data: { tenantId: user.tenantId, userId: user.id, productId: product.id, source: "PURCHASE" },
  });
}

async function titles(entry: Entry, course: string): Promise<string[]> {
  return (await viewDiscussion(entry, course, 1)).threads.map((t) => t.title);
}

async function refused(promise: Promise<unknown>): Promise<void> {
  await expect(promise).rejects.toBeInstanceOf(NotFound);
}

describe("Course discussions: who meets whom (ADR 0046)", () => {
  it("brings the officers of every administration together on a core course, and never the Academy", async () => {
    const hs = await courseId("HS-101");
    const kenyan = await entryOf("ke.learner", "ke");
    const belgian = await entryOf("be.learner", "be");
    const { threadId } = await startThread(kenyan, hs, { title: "Heading 8471", body: "Which rule **first**?" });
    await replyToThread(belgian, hs, threadId, { body: "GIR 1, then *GIR 6*." });
    // The same discussion on the root site and on either space.
    expect(await titles(await entryOf("be.learner", "root"), hs)).toEqual(["Heading 8471"]);
    const seen = await viewThread(await entryOf("ke.learner", "root"), hs, threadId, 1);
    expect(seen.posts.map((p) => [p.authorName, p.authorPlace, p.body])).toEqual([
      [expect.any(String), expect.stringMatching(/Kenya/), "<p>Which rule <strong>first</strong>?</p>"],
      [expect.any(String), expect.stringMatching(/Belgi/), "<p>GIR 1, then <em>GIR 6</em>.</p>"],
    ]);
    // The Kenyan was subscribed by opening the thread: the Belgian's reply is in their Alerts.
    const kenyanUser = await db.owner.user.findUniqueOrThrow({ where: { username: "ke.learner" } });
    const alerts = await db.owner.alert.findMany({ where: { userId: kenyanUser.id, kind: "discussionReply" } });
    expect(alerts).toEqual([
      expect.objectContaining({ tenantId: kenyanUser.tenantId, params: { title: "Heading 8471" } }),
    ]);

    // Academy learners of the course discuss among themselves: they never see the officers' thread.
    await grantAcademyCourse("academy.buyer");
    await grantAcademyCourse("academy.manager");
    const buyer = await entryOf("academy.buyer", "academy");
    expect(await titles(buyer, hs)).toEqual([]);
    await refused(viewThread(buyer, hs, threadId, 1));
    await refused(replyToThread(buyer, hs, threadId, { body: "Me too" }));
    const academy = await startThread(buyer, hs, { title: "Exam tips", body: "Any?" });
    expect(await titles(await entryOf("academy.manager", "academy"), hs)).toEqual(["Exam tips"]);
    expect(await titles(kenyan, hs)).toEqual(["Heading 8471"]);
    await refused(viewThread(kenyan, hs, academy.threadId, 1));
    // The shared rows are the WCO's; the Academy's are the Academy's.
    const rows = await db.owner.discussionThread.findMany({ select: { title: true, shared: true, tenantId: true } });
    const wco = await db.owner.tenant.findUniqueOrThrow({ where: { slug: "wco" } });
    expect(rows.find((r) => r.title === "Heading 8471")).toMatchObject({ shared: true, tenantId: wco.id });
    expect(rows.find((r) => r.title === "Exam tips")).toMatchObject({ shared: false });
  });

  it("keeps an administration's own course's discussion inside that administration", async () => {
    const own = await courseId("KE-EAC-CET");
    const kenyan = await entryOf("ke.learner", "ke");
    const { threadId } = await startThread(kenyan, own, { title: "EAC CET bands", body: "Three bands?" });
    expect(await titles(await entryOf("ke.coordinator", "ke"), own)).toEqual(["EAC CET bands"]);
    const before = await db.owner.discussionPost.count();
    // Another administration's officer, an Academy buyer and a visitor reach nothing and change nothing.
    for (const entry of [
      await entryOf("be.learner", "be"),
      await entryOf("be.learner", "root"),
      await entryOf("academy.buyer", "academy"),
      await entryOf(null, "ke"),
      await entryOf(null, "root"),
    ]) {
      await refused(viewDiscussion(entry, own, 1));
      await refused(viewThread(entry, own, threadId, 1));
      await refused(replyToThread(entry, own, threadId, { body: "Hello" }));
      await refused(startThread(entry, own, { title: "Hi", body: "Hello" }));
      await refused(setSubscription(entry, own, threadId, true));
      await refused(moderateThread(entry, own, threadId, "lock"));
    }
    expect(await db.owner.discussionPost.count()).toBe(before);
    // Row-level security alone: the application role in Belgium's context reads no Kenyan row, even unfiltered.
    const belgium = await db.owner.tenant.findUniqueOrThrow({ where: { slug: "be" } });
    const app = new (await import("pg")).default.Client({ connectionString: db.appUrl });
    await app.connect();
    try {
      await app.query("BEGIN");
      await app.query("SELECT set_config('app.tenant_id', $1, true), set_config('app.audience', 'CUSTOMS', true)", [
        belgium.id,
      ]);
      const visible = await app.query(`SELECT "title" FROM "DiscussionThread"`);
      expect(visible.rows.map((r) => r.title)).not.toContain("EAC CET bands");
      // Nor may it write a Kenyan row, or pass one off as shared.
      const kenya = await db.owner.tenant.findUniqueOrThrow({ where: { slug: "ke" } });
      await expect(
        app.query(
          `INSERT INTO "DiscussionThread" ("id","tenantId","courseId","shared","title","authorName") VALUES (gen_random_uuid(), $1, $2, true, 'x', 'x')`,
          [kenya.id, own],
        ),
      ).rejects.toThrow(/row-level security/);
    } finally {
      await app.query("ROLLBACK");
      await app.end();
    }
  });

  it("has the application filter alone apply the same rule as row-level security", async () => {
    // The owner connection bypasses row-level security: only the filter stands between tenants here.
    const [belgium, academy] = await Promise.all([
      db.owner.tenant.findUniqueOrThrow({ where: { slug: "be" } }),
      db.owner.tenant.findUniqueOrThrow({ where: { slug: "academy" } }),
    ]);
    const customs = scopeToTenant(db.owner, { tenantId: belgium.id, audience: "CUSTOMS" });
    const seen = (await customs.discussionThread.findMany({ select: { title: true } })).map((t) => t.title);
    expect(seen).toContain("Heading 8471");
    expect(seen).not.toContain("EAC CET bands");
    expect(seen).not.toContain("Exam tips");
    const store = scopeToTenant(db.owner, { tenantId: academy.id, audience: "PUBLIC" });
    expect((await store.discussionThread.findMany({ select: { title: true } })).map((t) => t.title)).toEqual([
      "Exam tips",
    ]);
    const kenyan = await db.owner.discussionThread.findFirstOrThrow({ where: { title: "EAC CET bands" } });
    expect(
      (await customs.discussionThread.updateMany({ where: { id: kenyan.id }, data: { locked: true } })).count,
    ).toBe(0);
    await expect(
      customs.discussionThread.create({
        data: { tenantId: kenyan.tenantId, courseId: kenyan.courseId, title: "x", authorName: "x" },
      }),
    ).rejects.toThrow(/another tenant/);
  });

  it("keeps Customs-only core courses to Customs officers", async () => {
    const customsOnly = await courseId("ENF-PREC");
    const { threadId } = await startThread(await entryOf("be.learner", "be"), customsOnly, {
      title: "Precursors",
      body: "Lists?",
    });
    expect(await titles(await entryOf("ke.learner", "root"), customsOnly)).toEqual(["Precursors"]);
    await refused(viewDiscussion(await entryOf("academy.buyer", "academy"), customsOnly, 1));
    await refused(viewThread(await entryOf(null, "root"), customsOnly, threadId, 1));
  });
});

describe("Course discussions: tutors, moderation and one's own posts", () => {
  it("marks tutors' posts, lets tutors and authors pin, lock and remove, audited, and tells tutors of reports", async () => {
    const hs = await courseId("HS-101");
    const nc = await entryOf("ke.coordinator", "ke");
    await nameTutor(nc, hs, { username: "ke.coordinator" });
    await expect(nameTutor(nc, hs, { username: "be.learner" })).rejects.toEqual(
      new Invalid({ username: "discussionUnknownUser" }),
    );
    await refused(nameTutor(await entryOf("be.learner", "be"), hs, { username: "be.learner" }));
    await refused(viewTutors(await entryOf("ke.learner", "ke"), hs));
    expect((await viewTutors(nc, hs)).tutors).toEqual([expect.objectContaining({ mayRemove: true })]);

    const belgian = await entryOf("be.learner", "be");
    const { threadId } = await startThread(belgian, hs, { title: "Spam?", body: "First" });
    const { postId } = await replyToThread(belgian, hs, threadId, { body: "Buy <img src=x onerror=alert(1)> now" });
    await replyToThread(nc, hs, threadId, { body: "Please keep to the subject." });
    const view = await viewThread(belgian, hs, threadId, 1);
    expect(view.posts.map((p) => p.byTutor)).toEqual([false, false, true]);
    expect(view.posts[1].body).toBe("<p>Buy  now</p>");

    // A learner may not moderate; the report reaches the tutor, who removes the post.
    await refused(removePost(belgian, hs, postId));
    await refused(moderateThread(belgian, hs, threadId, "lock"));
    await reportPost(await entryOf("ke.learner", "ke"), hs, postId, { reason: "Advertising" });
    const tutor = await db.owner.user.findUniqueOrThrow({ where: { username: "ke.coordinator" } });
    expect(await db.owner.alert.count({ where: { userId: tutor.id, kind: "discussionReport" } })).toBe(1);
    expect((await viewThread(nc, hs, threadId, 1)).posts[1].reports).toBe(1);
    expect((await viewThread(belgian, hs, threadId, 1)).posts[1].reports).toBe(0);
    await removePost(nc, hs, postId);
    expect((await viewThread(belgian, hs, threadId, 1)).posts.map((p) => p.id)).not.toContain(postId);

    await moderateThread(nc, hs, threadId, "pin");
    await moderateThread(nc, hs, threadId, "lock");
    await expect(replyToThread(belgian, hs, threadId, { body: "Still here" })).rejects.toEqual(
      new Invalid({ body: "discussionLocked" }),
    );
    // The course's author (a WCO admin on the root site) moderates too.
    await moderateThread(await entryOf("wco.admin", "root"), hs, threadId, "remove");
    expect(await titles(belgian, hs)).not.toContain("Spam?");
    const audit = await db.owner.auditEvent.findMany({
      where: { action: { startsWith: "discussion." } },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "discussion.nameTutor",
      "discussion.removePost",
      "discussion.pin",
      "discussion.lock",
      "discussion.remove",
    ]);
    await removeTutor(nc, hs, (await viewTutors(nc, hs)).tutors[0].id);
    expect((await viewTutors(nc, hs)).tutors).toEqual([]);
  });

  it("lets authors edit and delete their own posts within 30 minutes only, and unsubscribe", async () => {
    const hs = await courseId("HS-101");
    const kenyan = await entryOf("ke.learner", "ke");
    const belgian = await entryOf("be.learner", "be");
    const { threadId } = await startThread(kenyan, hs, { title: "Edits", body: "Frist" });
    const first = (await viewThread(kenyan, hs, threadId, 1)).posts[0];
    await editPost(kenyan, hs, first.id, { body: "First" });
    expect((await viewThread(belgian, hs, threadId, 1)).posts[0]).toMatchObject({ body: "<p>First</p>", edited: true });
    await refused(editPost(belgian, hs, first.id, { body: "Mine now" }));
    await db.owner.discussionPost.update({
      where: { id: first.id },
      data: { createdAt: new Date(Date.now() - 31 * 60_000) },
    });
    await expect(deleteOwnPost(kenyan, hs, first.id)).rejects.toEqual(
      new Invalid({ body: "discussionEditWindowOver" }),
    );
    const { postId } = await replyToThread(kenyan, hs, threadId, { body: "Oops" });
    await deleteOwnPost(kenyan, hs, postId);
    expect((await viewThread(belgian, hs, threadId, 1)).posts.map((p) => p.body)).toEqual(["<p>First</p>", null]);

    const kenyanUser = await db.owner.user.findUniqueOrThrow({ where: { username: "ke.learner" } });
    const replies = () => db.owner.alert.count({ where: { userId: kenyanUser.id, kind: "discussionReply" } });
    const before = await replies();
    await setSubscription(kenyan, hs, threadId, false);
    await replyToThread(belgian, hs, threadId, { body: "Noted" });
    expect(await replies()).toBe(before);
  });

  it("sanitises with one allow-list and limits how fast one account posts", async () => {
    expect(
      formatPost(
        '<script>alert(1)</script><style>p{}</style>[site](javascript:alert(1)) <a href="https://wco.example" target="_blank">WCO</a>\n\n- one\n- two',
      ),
    ).toBe(
      '<p>[site](javascript:alert(1)) <a href="https://wco.example" rel="nofollow noopener">WCO</a></p><ul><li>one</li><li>two</li></ul>',
    );
    expect(
      formatPost('<a href="javascript:alert(1)" onclick="x()">x</a> <b style="color:red">[y](https://y.example)</b>'),
    ).toBe('<p><a rel="nofollow noopener">x</a> <b><a href="https://y.example" rel="nofollow noopener">y</a></b></p>');
    const hs = await courseId("HS-101");
    const jordan = await entryOf("jo.learner", "root");
    const { threadId } = await startThread(jordan, hs, { title: "Many", body: "1" });
    for (let i = 1; i < POSTING_LIMIT.limit; i++) await replyToThread(jordan, hs, threadId, { body: `${i}` });
    await expect(replyToThread(jordan, hs, threadId, { body: "one too many" })).rejects.toEqual(
      new Invalid({ body: "rateLimited" }),
    );
    await expect(startThread(jordan, hs, { title: " ", body: "<img src=x>" })).rejects.toBeInstanceOf(Invalid);
  });
});
