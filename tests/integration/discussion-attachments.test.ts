import { deleteOwnPost } from "@/lib/discussions/delete-own-post";
import { openAttachment } from "@/lib/discussions/open-attachment";
import { removePost } from "@/lib/discussions/remove-post";
import { replyToThread } from "@/lib/discussions/reply-to-thread";
import { startThread } from "@/lib/discussions/start-thread";
import { viewThread } from "@/lib/discussions/view-thread";
import { Invalid, NotFound } from "@/lib/errors";
import type { Entry } from "@/lib/http/entry";
import { entryOf as entryFor, outsidersOfKenya } from "../helpers/entries";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase();
const entryOf = (username: string | null, host: string) => entryFor(db, username, host);
const pdf = (text: string) => ({ bytes: new TextEncoder().encode(`%PDF-1.7 ${text}`), fileName: "tariff notes.pdf" });

async function courseId(code: string): Promise<string> {
  return (await db.owner.course.findFirstOrThrow({ where: { code } })).id;
}

async function refused(promise: Promise<unknown>): Promise<void> {
  await expect(promise).rejects.toBeInstanceOf(NotFound);
}

async function download(entry: Entry, course: string, id: string): Promise<string> {
  const file = await openAttachment(entry, course, id);
  const chunks: Buffer[] = [];
  for await (const chunk of file.body) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString("utf8");
}

describe("Course discussions: files attached to posts (ADR 0046)", () => {
  it("keeps up to three checked files of 10 MB per post, for the thread's readers only", async () => {
    const own = await courseId("KE-EAC-CET");
    const kenyan = await entryOf("ke.learner", "ke");
    const nc = await entryOf("ke.coordinator", "ke");
    const { threadId } = await startThread(kenyan, own, { title: "Bands", body: "See the notes" }, [pdf("bands")]);
    const { postId } = await replyToThread(nc, own, threadId, { body: "Mine" }, [pdf("reply")]);
    const view = await viewThread(nc, own, threadId, 1);
    const [first, reply] = view.posts.map((p) => p.attachments);
    expect(first).toEqual([expect.objectContaining({ fileName: "tariff notes.pdf", bytes: 14 })]);
    expect(await download(nc, own, first[0].id)).toBe("%PDF-1.7 bands");
    const file = await openAttachment(kenyan, own, reply[0].id);
    expect(file.contentType).toBe("application/pdf");
    file.body.destroy();

    // HTML named .pdf, a file over 10 MB and a fourth file are refused, and nothing is kept.
    const before = await db.owner.discussionAttachment.count();
    const html = { bytes: new TextEncoder().encode("<!doctype html><script>alert(1)</script>"), fileName: "a.pdf" };
    await expect(replyToThread(kenyan, own, threadId, { body: "x" }, [html])).rejects.toBeInstanceOf(Invalid);
    const big = { bytes: new Uint8Array(10 * 1024 * 1024 + 1).fill(32), fileName: "big.pdf" };
    big.bytes.set(new TextEncoder().encode("%PDF-1.7"));
    await expect(replyToThread(kenyan, own, threadId, { body: "x" }, [big])).rejects.toEqual(
      new Invalid({ file: "attachmentTooLarge" }),
    );
    const four = [pdf("1"), pdf("2"), pdf("3"), pdf("4")];
    await expect(replyToThread(kenyan, own, threadId, { body: "x" }, four)).rejects.toEqual(
      new Invalid({ file: "attachmentsTooMany" }),
    );
    expect(await db.owner.discussionAttachment.count()).toBe(before);

    // Another administration's officer, an Academy buyer and visitors get 404.
    for (const entry of await outsidersOfKenya(db)) await refused(openAttachment(entry, own, first[0].id));

    // A removed post's files are no longer served; deleting one's own post removes its files.
    await removePost(nc, own, postId);
    await refused(openAttachment(kenyan, own, reply[0].id));
    const { postId: mine } = await replyToThread(kenyan, own, threadId, { body: "Oops" }, [pdf("oops")]);
    await deleteOwnPost(kenyan, own, mine);
    expect(await db.owner.discussionAttachment.count({ where: { postId: mine } })).toBe(0);
  });

  it("lets every officer of a core course download its files, and neither an Academy buyer nor a visitor", async () => {
    const hs = await courseId("HS-101");
    const belgian = await entryOf("be.learner", "be");
    const { threadId } = await startThread(belgian, hs, { title: "GIR", body: "Notes" }, [pdf("gir")]);
    const [post] = (await viewThread(await entryOf("ke.learner", "ke"), hs, threadId, 1)).posts;
    expect(await download(await entryOf("ke.learner", "ke"), hs, post.attachments[0].id)).toBe("%PDF-1.7 gir");
    await refused(openAttachment(await entryOf("academy.buyer", "academy"), hs, post.attachments[0].id));
    await refused(openAttachment(await entryOf(null, "root"), hs, post.attachments[0].id));
  });
});
