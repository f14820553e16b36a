// The National Coordinators' information point (ADR 0048): announcements, a discussion and documents shared by the
// coordinators of every administration and WCO staff, and by nobody else.
import { INFORMATION_POINT_SPACE } from "@/lib/discussions/information-point-space";
import { moderateThread } from "@/lib/discussions/moderate-thread";
import { removePost } from "@/lib/discussions/remove-post";
import { replyToThread } from "@/lib/discussions/reply-to-thread";
import { reportPost } from "@/lib/discussions/report-post";
import { startThread } from "@/lib/discussions/start-thread";
import { viewDiscussion } from "@/lib/discussions/view-discussion";
import { viewThread } from "@/lib/discussions/view-thread";
import { scopeToTenant } from "@/lib/db/tenant-scope";
import { Invalid, NotFound } from "@/lib/errors";
import type { Entry } from "@/lib/http/entry";
import { editAnnouncement } from "@/lib/information-point/edit-announcement";
import { openDocumentVersion } from "@/lib/information-point/open-document-version";
import { publishAnnouncement } from "@/lib/information-point/publish-announcement";
import { removeAnnouncement } from "@/lib/information-point/remove-announcement";
import { removeDocument } from "@/lib/information-point/remove-document";
import { listStored } from "@/lib/content-store";
import { ANNOUNCEMENTS_PER_PAGE } from "@/lib/information-point/schemas";
import { setDocumentTitle } from "@/lib/information-point/set-document-title";
import { uploadDocument } from "@/lib/information-point/upload-document";
import { uploadDocumentVersion } from "@/lib/information-point/upload-document-version";
import { viewAnnouncements } from "@/lib/information-point/view-announcements";
import { viewDocuments } from "@/lib/information-point/view-documents";
import { savePreferences } from "@/lib/accounts/save-preferences";
import { EMAIL_KIND_NAMES } from "@/lib/notifications/email-kinds";
import { entryOf as entryOfOn } from "../helpers/entries";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase();

const entryOf = (username: string | null, host: string) => entryOfOn(db, username, host);

async function refused(promise: Promise<unknown>): Promise<void> {
  await expect(promise).rejects.toBeInstanceOf(NotFound);
}

const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7 ${text}`);

async function download(entry: Entry, versionId: string): Promise<string> {
  const file = await openDocumentVersion(entry, versionId);
  const chunks: Buffer[] = [];
  for await (const chunk of file.body) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString("utf8");
}

/** Everyone who must get 404 from every page and action: a learner, an Academy buyer, visitors. */
async function outsiders(): Promise<Entry[]> {
  return [
    await entryOf("ke.learner", "ke"),
    await entryOf("ke.learner", "root"),
    await entryOf("academy.buyer", "academy"),
    await entryOf(null, "root"),
    await entryOf(null, "ke"),
  ];
}

async function storedKeys(): Promise<Set<string>> {
  const keys = new Set<string>();
  for await (const file of listStored()) keys.add(file.key);
  return keys;
}

const counts = async () => ({
  announcements: await db.owner.infoPointAnnouncement.count(),
  texts: await db.owner.infoPointAnnouncementText.count(),
  documents: await db.owner.infoPointDocument.count(),
  versions: await db.owner.infoPointDocumentVersion.count(),
  threads: await db.owner.discussionThread.count({ where: { courseId: INFORMATION_POINT_SPACE } }),
  posts: await db.owner.discussionPost.count({ where: { courseId: INFORMATION_POINT_SPACE } }),
});

describe("The National Coordinators' information point (ADR 0048)", () => {
  it("shows WCO's announcements to every administration's coordinator, in their language or the original", async () => {
    const wco = await entryOf("wco.admin", "root");
    const id = await publishAnnouncement(wco, {
      locale: "en",
      title: "Annual NC meeting",
      body: "The meeting is on **3 March**.<script>alert(1)</script>",
    });
    await editAnnouncement(wco, id, { locale: "fr", title: "Réunion annuelle des CN", body: "Le *3 mars*." });
    const kenyan = await entryOf("ke.coordinator", "ke");
    const belgian = await entryOf("be.coordinator", "root");
    const inFrench = (await viewAnnouncements(belgian, "fr", 1)).announcements[0];
    expect(inFrench).toMatchObject({
      title: "Réunion annuelle des CN",
      body: "<p>Le <em>3 mars</em>.</p>",
      locale: "fr",
    });
    // No Arabic text yet: the original language, sanitised.
    const inArabic = (await viewAnnouncements(kenyan, "ar", 1)).announcements[0];
    expect(inArabic).toMatchObject({ title: "Annual NC meeting", locale: "en" });
    expect(inArabic.body).toBe("<p>The meeting is on <strong>3 March</strong>.</p>");
    // Readers are not told what is left to translate; the author is.
    expect(inArabic.missing).toEqual([]);
    expect((await viewAnnouncements(wco, "en", 1)).announcements[0].missing).toEqual(["es", "pt", "pt-BR", "ru", "ar"]);
    // A coordinator reads but cannot edit or remove the WCO's announcement.
    await refused(editAnnouncement(kenyan, id, { locale: "ar", title: "x", body: "x" }));
    await refused(removeAnnouncement(belgian, id));
    await refused(publishAnnouncement(kenyan, { locale: "en", title: "Mine", body: "Mine" }));
    expect(await db.owner.infoPointAnnouncementText.count({ where: { announcementId: id } })).toBe(2);
    // Refused input: the form's field keys, nothing stored.
    await expect(publishAnnouncement(wco, { locale: "en", title: " ", body: "x" })).rejects.toEqual(
      new Invalid({ title: "required" }),
    );
  });

  it("tells every coordinator and the WCO's other staff of a new announcement, in their language from their own site, and nobody else", async () => {
    const user = (username: string) => db.owner.user.findUniqueOrThrow({ where: { username } });
    const [kenyan, belgian] = [await user("ke.coordinator"), await user("be.coordinator")];
    // The Kenyan reads in Arabic; the Belgian turned the announcements' e-mails off, not their alerts.
    const prefer = (who: typeof kenyan, locale: string, emailsOff: string[]) =>
      savePreferences({ tenantId: who.tenantId, audience: "CUSTOMS" }, who.id, {
        locale,
        emails: EMAIL_KIND_NAMES.filter((kind) => !emailsOff.includes(kind)),
        alerts: EMAIL_KIND_NAMES,
      });
    await prefer(kenyan, "ar", []);
    await prefer(belgian, "en", ["announcements"]);
    const title = `Reports due ${Date.now()}`;
    await publishAnnouncement(await entryOf("wco.admin", "root"), { locale: "en", title, body: "By **June**." });

    const readers = await db.owner.user.findMany({
      where: {
        status: "ACTIVE",
        roles: { hasSome: ["NATIONAL_COORDINATOR", "WCO_ADMIN"] },
        NOT: { username: "wco.admin" },
      },
      orderBy: { username: "asc" },
    });
    expect(readers.map((r) => r.username)).toEqual(expect.arrayContaining(["be.coordinator", "ke.coordinator"]));
    const alerts = await db.owner.alert.findMany({
      where: { kind: "infoPointAnnouncement", params: { path: ["title"], equals: title } },
      include: { user: { select: { username: true, tenantId: true } } },
      orderBy: { user: { username: "asc" } },
    });
    // An alert for each reader, in the reader's tenant, leading to the information point; none for its author.
    expect(alerts.map((a) => [a.user.username, a.tenantId, a.href])).toEqual(
      readers.map((r) => [r.username, r.tenantId, "/information-point"]),
    );
    const mails = await db.owner.emailMessage.findMany({
      where: { template: "infoPointAnnouncement", subject: { contains: title } },
    });
    expect(mails.map((m) => m.toAddress).sort()).toEqual(
      readers
        .filter((r) => r.username !== "be.coordinator")
        .map((r) => r.email)
        .sort(),
    );
    const toKenyan = mails.find((m) => m.toAddress === kenyan.email)!;
    expect(toKenyan).toMatchObject({ locale: "ar", kind: "announcements", subject: `إعلان جديد: ${title}` });
    expect(toKenyan.html).toContain('dir="rtl"');
    const link = toKenyan.text.match(/https?:\/\/\S+\/information-point/)![0];
    expect(new URL(link).host).toMatch(/^ke\./);
    expect(toKenyan.unsubscribeUrl).toMatch(/\/api\/unsubscribe\//);
  });

  it("lists announcements newest first, a page at a time, and removes one with every translation", async () => {
    const wco = await entryOf("wco.admin", "root");
    const before = await db.owner.infoPointAnnouncement.count();
    for (let n = 1; n <= ANNOUNCEMENTS_PER_PAGE; n++)
      await publishAnnouncement(wco, { locale: "en", title: `Notice ${n}`, body: `Text ${n}` });
    const reader = await entryOf("be.coordinator", "root");
    const first = await viewAnnouncements(reader, "en", 1);
    expect(first.announcements[0].title).toBe(`Notice ${ANNOUNCEMENTS_PER_PAGE}`);
    expect(first.announcements).toHaveLength(ANNOUNCEMENTS_PER_PAGE);
    expect(first.pages).toBe(Math.ceil((before + ANNOUNCEMENTS_PER_PAGE) / ANNOUNCEMENTS_PER_PAGE));
    const last = await viewAnnouncements(reader, "en", first.pages);
    expect(last.announcements.at(-1)?.title).not.toMatch(/^Notice/);
    const newest = first.announcements[0].id;
    await removeAnnouncement(wco, newest);
    expect(await db.owner.infoPointAnnouncementText.count({ where: { announcementId: newest } })).toBe(0);
    await refused(removeAnnouncement(wco, newest));
  });

  it("keeps every version of a document, the latest first, for coordinators to download", async () => {
    const wco = await entryOf("wco.admin", "root");
    const documentId = await uploadDocument(
      wco,
      { locale: "en", title: "NC handbook" },
      { bytes: pdf("first edition"), fileName: "../../etc/NC handbook!.pdf" },
    );
    await uploadDocumentVersion(wco, documentId, { bytes: pdf("second edition"), fileName: "handbook v2.pdf" });
    await setDocumentTitle(wco, documentId, { locale: "es", title: "Manual de los CN" });
    const belgian = await entryOf("be.coordinator", "root");
    const listed = (await viewDocuments(belgian, "es", 1)).documents.find((d) => d.id === documentId)!;
    expect(listed.title).toBe("Manual de los CN");
    expect(listed.latest).toMatchObject({ number: 2, fileName: "handbook v2.pdf" });
    expect(listed.earlier.map((v) => [v.number, v.fileName])).toEqual([[1, "etcNC handbook.pdf"]]);
    // Both versions are served to a coordinator of another administration, each with its own bytes.
    const kenyan = await entryOf("ke.coordinator", "ke");
    expect(await download(kenyan, listed.latest!.id)).toBe("%PDF-1.7 second edition");
    expect(await download(belgian, listed.earlier[0].id)).toBe("%PDF-1.7 first edition");
    const served = await openDocumentVersion(kenyan, listed.latest!.id);
    served.body.destroy();
    expect(served.contentType).toBe("application/pdf");
    // Coordinators cannot add a document, a version or a title; outsiders cannot download.
    const before = await counts();
    await refused(uploadDocument(kenyan, { locale: "en", title: "x" }, { bytes: pdf("x"), fileName: "x.pdf" }));
    await refused(uploadDocumentVersion(belgian, documentId, { bytes: pdf("x"), fileName: "x.pdf" }));
    await refused(setDocumentTitle(kenyan, documentId, { locale: "ar", title: "x" }));
    for (const entry of await outsiders()) await refused(openDocumentVersion(entry, listed.latest!.id));
    expect(await counts()).toEqual(before);
  });

  it("removes a document with every version, title and file, audited; nobody else can", async () => {
    const wco = await entryOf("wco.admin", "root");
    const documentId = await uploadDocument(
      wco,
      { locale: "en", title: "Old circular" },
      { bytes: pdf("first"), fileName: "circular.pdf" },
    );
    await uploadDocumentVersion(wco, documentId, { bytes: pdf("second"), fileName: "circular-2.pdf" });
    const versions = await db.owner.infoPointDocumentVersion.findMany({ where: { documentId } });
    const keys = versions.map((v) => v.storageKey);
    expect([...(await storedKeys())]).toEqual(expect.arrayContaining(keys));
    // Coordinators and outsiders cannot remove it, and change nothing.
    const before = await counts();
    for (const entry of [
      await entryOf("ke.coordinator", "ke"),
      await entryOf("be.coordinator", "root"),
      ...(await outsiders()),
    ])
      await refused(removeDocument(entry, documentId));
    expect(await counts()).toEqual(before);

    await removeDocument(wco, documentId);
    expect(await db.owner.infoPointDocument.count({ where: { id: documentId } })).toBe(0);
    expect(await db.owner.infoPointDocumentVersion.count({ where: { documentId } })).toBe(0);
    expect(await db.owner.infoPointDocumentTitle.count({ where: { documentId } })).toBe(0);
    const stored = await storedKeys();
    for (const key of keys) expect(stored.has(key)).toBe(false);
    const kenyan = await entryOf("ke.coordinator", "ke");
    for (const version of versions) await refused(openDocumentVersion(kenyan, version.id));
    expect((await viewDocuments(kenyan, "en", 1)).documents.map((d) => d.id)).not.toContain(documentId);
    const audit = await db.owner.auditEvent.findFirstOrThrow({
      where: { action: "infoPoint.document.remove", targetId: documentId },
    });
    expect(audit.before).toEqual({ titles: [{ locale: "en", title: "Old circular" }], versions: 2 });
    // Removed already (another tab): not found.
    await refused(removeDocument(wco, documentId));
  });

  it("refuses a file that is not a document by its bytes, or too large, and keeps nothing of it", async () => {
    const wco = await entryOf("wco.admin", "root");
    const before = await counts();
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 1, 2, 3]);
    await expect(
      uploadDocument(wco, { locale: "en", title: "Tool" }, { bytes: exe, fileName: "tool.pdf" }),
    ).rejects.toEqual(new Invalid({ file: "resourceType" }));
    await expect(
      uploadDocument(wco, { locale: "en", title: "Empty" }, { bytes: new Uint8Array(), fileName: "e.pdf" }),
    ).rejects.toEqual(new Invalid({ file: "resourceMissing" }));
    process.env.RESOURCE_MAX_MB = "0.00001";
    try {
      await expect(
        uploadDocument(wco, { locale: "en", title: "Big" }, { bytes: pdf("x".repeat(100)), fileName: "b.pdf" }),
      ).rejects.toEqual(new Invalid({ file: "resourceTooLarge" }));
    } finally {
      delete process.env.RESOURCE_MAX_MB;
    }
    expect(await counts()).toEqual(before);
  });

  it("opens a discussion to coordinators of every administration and WCO staff, and alerts the thread's participants", async () => {
    const kenyan = await entryOf("ke.coordinator", "ke");
    const belgian = await entryOf("be.coordinator", "root");
    const wco = await entryOf("wco.admin", "root");
    const { threadId } = await startThread(kenyan, INFORMATION_POINT_SPACE, {
      title: "Approving registrations",
      body: "How long do you take?",
    });
    const { postId } = await replyToThread(belgian, INFORMATION_POINT_SPACE, threadId, { body: "A day or two." });
    expect((await viewDiscussion(wco, INFORMATION_POINT_SPACE, 1)).threads.map((t) => t.title)).toContain(
      "Approving registrations",
    );
    const posts = (await viewThread(kenyan, INFORMATION_POINT_SPACE, threadId, 1)).posts;
    expect(posts.map((p) => [p.authorPlace, p.body])).toEqual([
      [expect.stringMatching(/Kenya/), "<p>How long do you take?</p>"],
      [expect.stringMatching(/Belgi/), "<p>A day or two.</p>"],
    ]);
    const kenyanUser = await db.owner.user.findUniqueOrThrow({ where: { username: "ke.coordinator" } });
    expect(
      await db.owner.alert.findMany({
        where: { userId: kenyanUser.id, kind: "discussionReply" },
        select: { href: true },
      }),
    ).toContainEqual({ href: `/information-point/discussion/${threadId}#post-${postId}` });
    // The rows are the WCO's, shared by the database.
    const wcoTenant = await db.owner.tenant.findUniqueOrThrow({ where: { slug: "wco" } });
    expect(await db.owner.discussionThread.findUniqueOrThrow({ where: { id: threadId } })).toMatchObject({
      tenantId: wcoTenant.id,
      shared: true,
    });
    // A report goes to WCO staff (the space has no tutors); a coordinator does not moderate, WCO staff do.
    await reportPost(kenyan, INFORMATION_POINT_SPACE, postId, { reason: "Off topic" });
    const wcoUser = await db.owner.user.findUniqueOrThrow({ where: { username: "wco.admin" } });
    expect(
      await db.owner.alert.findMany({
        where: { userId: wcoUser.id, kind: "discussionReport" },
        select: { href: true },
      }),
    ).toEqual([{ href: `/information-point/discussion/${threadId}#post-${postId}` }]);
    await refused(removePost(kenyan, INFORMATION_POINT_SPACE, postId));
    await removePost(wco, INFORMATION_POINT_SPACE, postId);
    // Outsiders reach nothing and change nothing.
    const before = await counts();
    for (const entry of await outsiders()) {
      await refused(viewDiscussion(entry, INFORMATION_POINT_SPACE, 1));
      await refused(viewThread(entry, INFORMATION_POINT_SPACE, threadId, 1));
      await refused(startThread(entry, INFORMATION_POINT_SPACE, { title: "Hi", body: "Hello" }));
      await refused(replyToThread(entry, INFORMATION_POINT_SPACE, threadId, { body: "Hello" }));
      await refused(moderateThread(entry, INFORMATION_POINT_SPACE, threadId, "lock"));
      await refused(viewAnnouncements(entry, "en", 1));
      await refused(viewDocuments(entry, "en", 1));
    }
    expect(await counts()).toEqual(before);
  });

  it("lets row-level security alone keep administrations from writing the WCO's rows and the Academy from reading them", async () => {
    const wco = await entryOf("wco.admin", "root");
    const id = await publishAnnouncement(wco, { locale: "en", title: "RLS check", body: "x" });
    const [kenya, academy] = await Promise.all([
      db.owner.tenant.findUniqueOrThrow({ where: { slug: "ke" } }),
      db.owner.tenant.findUniqueOrThrow({ where: { slug: "academy" } }),
    ]);
    const app = new (await import("pg")).default.Client({ connectionString: db.appUrl });
    await app.connect();
    const as = async (tenantId: string, audience: string) => {
      await app.query("SELECT set_config('app.tenant_id', $1, true), set_config('app.audience', $2, true)", [
        tenantId,
        audience,
      ]);
    };
    try {
      await app.query("BEGIN");
      await as(kenya.id, "CUSTOMS");
      const seen = await app.query(`SELECT "id" FROM "InfoPointAnnouncement" WHERE "id" = $1`, [id]);
      expect(seen.rowCount).toBe(1);
      expect(
        (await app.query(`UPDATE "InfoPointAnnouncementText" SET "title" = 'x' WHERE "announcementId" = $1`, [id]))
          .rowCount,
      ).toBe(0);
      expect((await app.query(`DELETE FROM "InfoPointAnnouncement" WHERE "id" = $1`, [id])).rowCount).toBe(0);
      const wcoId = (await db.owner.tenant.findUniqueOrThrow({ where: { slug: "wco" } })).id;
      await expect(
        app.query(
          `INSERT INTO "InfoPointAnnouncement" ("id","tenantId","originalLocale","authorName") VALUES (gen_random_uuid(), $1, 'en', 'x')`,
          [wcoId],
        ),
      ).rejects.toThrow(/row-level security/);
      await app.query("ROLLBACK");
      await app.query("BEGIN");
      await as(academy.id, "PUBLIC");
      for (const table of [
        "InfoPointAnnouncement",
        "InfoPointAnnouncementText",
        "InfoPointDocument",
        "InfoPointDocumentTitle",
        "InfoPointDocumentVersion",
      ])
        expect((await app.query(`SELECT 1 FROM "${table}"`)).rowCount).toBe(0);
      // Nor can a PUBLIC context's discussion row be passed off as the information point's shared space.
      expect(
        (await app.query(`SELECT 1 FROM "DiscussionThread" WHERE "courseId" = $1`, [INFORMATION_POINT_SPACE])).rowCount,
      ).toBe(0);
    } finally {
      await app.query("ROLLBACK");
      await app.end();
    }
    // The application filter applies the same rule without row-level security (the owner connection).
    const store = scopeToTenant(db.owner, { tenantId: academy.id, audience: "PUBLIC" });
    expect(await store.infoPointAnnouncement.count()).toBe(0);
    const customs = scopeToTenant(db.owner, { tenantId: kenya.id, audience: "CUSTOMS" });
    expect(await customs.infoPointAnnouncement.count({ where: { id } })).toBe(1);
    expect((await customs.infoPointAnnouncement.deleteMany({ where: { id } })).count).toBe(0);
  });
});
