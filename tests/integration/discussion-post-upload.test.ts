// The upload routes of discussion posts with files (ADR 0046): a new thread or a reply posted as a browser posts its
// form (multipart, same origin), through the real wrappers, use cases, database and content store. Only what Next.js
// and Auth.js give a request is stood in for: its headers and the account its session cookie names.
import { GET as download } from "@/app/api/discussions/[courseId]/attachments/[attachmentId]/route";
import { POST as postReply } from "@/app/api/discussions/[courseId]/threads/[threadId]/replies/route";
import { POST as postThread } from "@/app/api/discussions/[courseId]/threads/route";
import { consumeRateLimit } from "@/lib/auth/rate-limit";
import { listStored } from "@/lib/content-store";
import { INFORMATION_POINT_SPACE } from "@/lib/discussions/information-point-space";
import { POSTING_LIMIT } from "@/lib/discussions/schemas";
import { forgetTenant } from "@/lib/tenancy/tenant-cache";
import { setUpTestDatabase } from "../helpers/test-database";

const mockRequest: { headers: Headers; session: { userId: string; sessionVersion: number } | null } = {
  headers: new Headers(),
  session: null,
};
jest.mock("next/headers", () => ({ headers: async () => mockRequest.headers }));
jest.mock("@/lib/auth/session-token", () => ({ readSessionToken: async () => mockRequest.session }));

const db = setUpTestDatabase();
const ROOT = process.env.ROOT_DOMAIN ?? "localhost:3000";
const hostOf = (site: string) => (site === "root" ? ROOT : `${site}.${ROOT}`);
const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7\n% ${text}\n%%EOF\n`);

interface Sender {
  username: string | null;
  site: string;
  origin?: string;
}

async function sessionOf(username: string | null) {
  if (!username) return null;
  const user = await db.owner.user.findUniqueOrThrow({ where: { username } });
  return { userId: user.id, sessionVersion: user.sessionVersion };
}

type Route<P> = (request: Request, route: { params: Promise<P> }) => Promise<Response>;

async function send<P>(route: Route<P>, sender: Sender, path: string, params: P, form?: FormData): Promise<Response> {
  await forgetTenant();
  const host = hostOf(sender.site);
  const request = new Request(`http://${host}${path}`, {
    method: form ? "POST" : "GET",
    headers: { host, origin: sender.origin ?? `http://${host}` },
    body: form,
  });
  mockRequest.headers = request.headers;
  mockRequest.session = await sessionOf(sender.username);
  return route(request, { params: Promise.resolve(params) });
}

function postForm(texts: Record<string, string>, files: { name: string; bytes: Uint8Array }[]): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(texts)) form.set(name, value);
  for (const file of files) form.append("file", new File([file.bytes as BlobPart], file.name));
  return form;
}

async function discussionFiles(): Promise<string[]> {
  const keys = new Set<string>();
  for await (const file of listStored()) if (file.key.startsWith("discussion/")) keys.add(file.key);
  return [...keys].sort();
}

async function counts() {
  return {
    threads: await db.owner.discussionThread.count(),
    posts: await db.owner.discussionPost.count(),
    attachments: await db.owner.discussionAttachment.count(),
    files: await discussionFiles(),
  };
}

const location = (response: Response) => new URL(response.headers.get("location")!, "http://site.invalid");

describe("Discussion posts with files: the upload routes (ADR 0046)", () => {
  let course: string;
  beforeAll(async () => {
    course = (await db.owner.course.findFirstOrThrow({ where: { code: "KE-EAC-CET" } })).id;
  });
  const kenyan: Sender = { username: "ke.learner", site: "ke" };
  const coordinator: Sender = { username: "ke.coordinator", site: "ke" };
  const threadsPath = () => `/api/discussions/${course}/threads`;

  it("stores a new thread's two files and a reply's file, and the thread's readers download them", async () => {
    const form = postForm({ title: "Valuation rulings", body: "Both attached" }, [
      { name: "ruling 1.pdf", bytes: pdf("first ruling") },
      { name: "ruling 2.pdf", bytes: pdf("second ruling") },
    ]);
    const started = await send(postThread, kenyan, threadsPath(), { courseId: course }, form);
    expect(started.status).toBe(303);
    const threadId = location(started).pathname.split("/").pop()!;
    expect(location(started).pathname).toBe(`/courses/${course}/discussion/${threadId}`);
    const post = await db.owner.discussionPost.findFirstOrThrow({
      where: { threadId },
      include: { attachments: { orderBy: { fileName: "asc" } } },
    });
    expect(post.attachments.map((a) => [a.fileName, a.contentType])).toEqual([
      ["ruling 1.pdf", "application/pdf"],
      ["ruling 2.pdf", "application/pdf"],
    ]);

    // The coordinator reads the thread and downloads each file, byte for byte.
    for (const [i, attachment] of post.attachments.entries()) {
      const path = `/api/discussions/${course}/attachments/${attachment.id}`;
      const file = await send(download, coordinator, path, { courseId: course, attachmentId: attachment.id });
      expect(file.status).toBe(200);
      expect(file.headers.get("content-disposition")).toContain("attachment");
      expect(new Uint8Array(await file.arrayBuffer())).toEqual(pdf(i === 0 ? "first ruling" : "second ruling"));
    }

    // A reply with a file goes to its place on the thread's last page.
    const replyPath = `${threadsPath()}/${threadId}/replies`;
    const replied = await send(
      postReply,
      coordinator,
      replyPath,
      { courseId: course, threadId },
      postForm({ body: "And the circular" }, [{ name: "circular.docx.pdf", bytes: pdf("circular") }]),
    );
    expect(replied.status).toBe(303);
    const reply = await db.owner.discussionPost.findFirstOrThrow({
      where: { threadId, body: { contains: "circular" } },
      include: { attachments: true },
    });
    expect(`${location(replied).pathname}${location(replied).search}${location(replied).hash}`).toBe(
      `/courses/${course}/discussion/${threadId}?page=last#post-${reply.id}`,
    );
    expect(reply.attachments.map((a) => a.fileName)).toEqual(["circulardocx.pdf"]);
    const path = `/api/discussions/${course}/attachments/${reply.attachments[0].id}`;
    const file = await send(download, kenyan, path, { courseId: course, attachmentId: reply.attachments[0].id });
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(pdf("circular"));
    // Each file is in the content store (which the refusals below must leave as it is).
    const keys = [...post.attachments, ...reply.attachments].map((a) => a.storageKey);
    expect(await discussionFiles()).toEqual(expect.arrayContaining(keys));
  });

  it("refuses a file too large, a fourth file and a kind not accepted, stores nothing and keeps what was typed", async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1).fill(32);
    big.set(pdf("big"));
    const cases = [
      { files: [{ name: "big.pdf", bytes: big }], key: "attachmentTooLarge" },
      { files: ["1", "2", "3", "4"].map((n) => ({ name: `${n}.pdf`, bytes: pdf(n) })), key: "attachmentsTooMany" },
      {
        files: [
          { name: "fine.pdf", bytes: pdf("fine") },
          { name: "page.pdf", bytes: new TextEncoder().encode("<!doctype html><script>alert(1)</script>") },
        ],
        key: "resourceType",
      },
    ];
    const before = await counts();
    for (const { files, key } of cases) {
      const typed = { title: `Refused ${key}`, body: "Nothing of this **may** be lost: ünïcødé, عربي" };
      const answer = await send(postThread, kenyan, threadsPath(), { courseId: course }, postForm(typed, files));
      expect(answer.status).toBe(303);
      const back = location(answer);
      expect(back.pathname).toBe(`/courses/${course}/discussion`);
      expect(back.hash).toBe("#new-thread");
      expect(Object.fromEntries(back.searchParams)).toEqual({ postError: key, postField: "file", ...typed });
      expect(await counts()).toEqual(before);
    }

    // A reply refused the same way goes back to the reply form on the thread's last page.
    const thread = await db.owner.discussionThread.findFirstOrThrow({ where: { courseId: course } });
    const answer = await send(
      postReply,
      kenyan,
      `${threadsPath()}/${thread.id}/replies`,
      { courseId: course, threadId: thread.id },
      postForm({ body: "My reply" }, cases[1].files),
    );
    const back = location(answer);
    expect(`${back.pathname}#${back.hash.slice(1)}`).toBe(`/courses/${course}/discussion/${thread.id}#reply`);
    expect(Object.fromEntries(back.searchParams)).toEqual({
      page: "last",
      postError: "attachmentsTooMany",
      postField: "file",
      body: "My reply",
    });
    expect(await counts()).toEqual(before);
  });

  it("answers a cross-origin post 403 and stores nothing", async () => {
    const before = await counts();
    const form = postForm({ title: "Forged", body: "From elsewhere" }, [{ name: "a.pdf", bytes: pdf("forged") }]);
    const answer = await send(
      postThread,
      { ...kenyan, origin: "https://attacker.example" },
      threadsPath(),
      { courseId: course },
      form,
    );
    expect(answer.status).toBe(403);
    expect(await counts()).toEqual(before);
  });

  it("answers 404 to another tenant's user, a learner who may not see the course, a visitor and an Academy buyer", async () => {
    const thread = await db.owner.discussionThread.findFirstOrThrow({ where: { courseId: course } });
    const before = await counts();
    const outsiders: Sender[] = [
      { username: "be.learner", site: "be" },
      // On the root site, where the Kenyan administration's own course is in nobody's catalogue.
      { username: "be.learner", site: "root" },
      { username: null, site: "ke" },
      { username: "academy.buyer", site: "academy" },
    ];
    for (const outsider of outsiders) {
      const files = [{ name: "a.pdf", bytes: pdf("outsider") }];
      const started = await send(
        postThread,
        outsider,
        threadsPath(),
        { courseId: course },
        postForm({ title: "In", body: "Let me in" }, files),
      );
      expect([outsider, started.status]).toEqual([outsider, 404]);
      const replied = await send(
        postReply,
        outsider,
        `${threadsPath()}/${thread.id}/replies`,
        { courseId: course, threadId: thread.id },
        postForm({ body: "Let me in" }, files),
      );
      expect([outsider, replied.status]).toEqual([outsider, 404]);
    }
    expect(await counts()).toEqual(before);
  });

  it("takes files in the information point's discussion too, between coordinators of two administrations", async () => {
    const space = INFORMATION_POINT_SPACE;
    const form = postForm({ title: "Risk profiles", body: "Our template" }, [
      { name: "profile.pdf", bytes: pdf("ke") },
    ]);
    const started = await send(postThread, coordinator, `/api/discussions/${space}/threads`, { courseId: space }, form);
    expect(location(started).pathname).toMatch(/^\/information-point\/discussion\/[0-9a-f-]{36}$/);
    const threadId = location(started).pathname.split("/").pop()!;
    const [attachment] = await db.owner.discussionAttachment.findMany({ where: { post: { threadId } } });
    const path = `/api/discussions/${space}/attachments/${attachment.id}`;
    const belgian: Sender = { username: "be.coordinator", site: "root" };
    const file = await send(download, belgian, path, { courseId: space, attachmentId: attachment.id });
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(pdf("ke"));
    // A learner is no reader of the information point: 404, and nothing is kept.
    const before = await counts();
    const refused = await send(postThread, kenyan, `/api/discussions/${space}/threads`, { courseId: space }, form);
    expect(refused.status).toBe(404);
    expect(await counts()).toEqual(before);
  });

  it("keeps the posting rate limit: past it the post is refused with its text kept, and its files are not kept", async () => {
    const user = await db.owner.user.findUniqueOrThrow({ where: { username: "ke.learner" } });
    const key = `discussion-post:${user.id}`;
    try {
      while ((await consumeRateLimit(key, POSTING_LIMIT)).allowed);
      const before = await counts();
      const typed = { title: "One too many", body: "Slow down" };
      const answer = await send(
        postThread,
        kenyan,
        threadsPath(),
        { courseId: course },
        postForm(typed, [{ name: "a.pdf", bytes: pdf("late") }]),
      );
      expect(Object.fromEntries(location(answer).searchParams)).toEqual({
        postError: "rateLimited",
        postField: "body",
        ...typed,
      });
      expect(await counts()).toEqual(before);
    } finally {
      await db.owner.rateLimitBucket.deleteMany({ where: { key } });
    }
  });

  it("brings a long refused text back as much of it as an address carries, from its start", async () => {
    const body = "عربي ".repeat(2_000);
    const answer = await send(
      postThread,
      kenyan,
      threadsPath(),
      { courseId: course },
      postForm(
        { title: "Long", body },
        ["1", "2", "3", "4"].map((n) => ({ name: `${n}.pdf`, bytes: pdf(n) })),
      ),
    );
    const address = answer.headers.get("location")!;
    expect(address.length).toBeLessThan(8_000);
    const kept = location(answer).searchParams.get("body")!;
    expect(kept.length).toBeGreaterThan(500);
    expect(body.startsWith(kept)).toBe(true);
  });
});
