// Video, resource and page modules against PostgreSQL: what authors may store (and what is refused, leaving
// nothing behind), what learners see and complete, the content origin's range answers, and that nobody else
// (another tenant's learner, an Academy buyer, a visitor, a learner who has not enrolled) reads or changes
// anything.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { loadViewer } from "@/lib/auth/load-viewer";
import { authorOn } from "@/lib/authoring/author";
import { readStoredFile } from "@/lib/content-store";
import { Invalid, NotFound } from "@/lib/errors";
import { enrolInCourse } from "@/lib/learning/enrol-in-course";
import { attachCaptions } from "@/lib/modules/attach-captions";
import { attachResourceFile } from "@/lib/modules/attach-resource-file";
import { attachVideo } from "@/lib/modules/attach-video";
import { openResource } from "@/lib/modules/open-resource";
import { recordPageRead } from "@/lib/modules/record-page-read";
import { reportVideoProgress } from "@/lib/modules/report-video-progress";
import { savePage } from "@/lib/modules/save-page";
import { viewVideoModule } from "@/lib/modules/view-video-module";
import { DEMO_VIDEO_KEY } from "@/prisma/seed/content/seed-content";
import { GET as mediaGet } from "@/app/content/media/[token]/[...file]/route";
import { anonymousScope, scopeOfUser } from "../helpers/scopes";
import { siteFor } from "../helpers/sites";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase({ demoContent: true });
const ORIGIN = "http://ke.localhost:3000";

async function authorFor(username: string, host: string) {
  const user = await db.owner.user.findUniqueOrThrow({ where: { username } });
  const site = await siteFor(host);
  return authorOn(site, await loadViewer(user.id, user.sessionVersion, site));
}

const moduleOf = (code: string, kind: "VIDEO" | "RESOURCE" | "PAGE" | "SCORM") =>
  db.owner.courseModule.findFirstOrThrow({ where: { kind, course: { code } } });

async function enrolled(username: string, host: string, courseId: string) {
  const scope = await scopeOfUser(db.owner, username, host);
  await enrolInCourse(scope, { id: scope.userId, homeTenantId: scope.homeTenantId }, courseId);
  return scope;
}

const storedKeys = async (kind: string) =>
  readdir(path.join(process.env.CONTENT_STORE_DIR!, kind)).catch(() => [] as string[]);

const at = (seconds: number) => new Date(Date.UTC(2026, 11, 1, 12, 0, seconds));

async function fetchMedia(src: string, range?: string) {
  const [token, ...file] = new URL(src).pathname.split("/").slice(2);
  return mediaGet(new Request(src, { headers: range ? { range } : {} }), {
    params: Promise.resolve({ token, file }),
  });
}

describe("video modules", () => {
  it("count what was watched on the server: a seek ahead or one report claiming everything is not watching; the author's share completes the module", async () => {
    const video = await moduleOf("HS-101", "VIDEO");
    const learner = await enrolled("ke.learner", "ke", video.courseId);
    // The first report can only claim the first seconds, whatever it says.
    let answer = await reportVideoProgress(
      learner,
      learner.userId,
      video.id,
      { segments: [[0, 20]], position: 20 },
      at(0),
    );
    const watched = async () =>
      (await db.owner.videoProgress.findFirstOrThrow({ where: { userId: learner.userId, moduleId: video.id } }))
        .watchedSeconds;
    expect(answer.completed).toBe(false);
    expect(await watched()).toBeCloseTo(2);
    // Five seconds later: at most ten seconds more (double speed), however long the segment claimed.
    answer = await reportVideoProgress(learner, learner.userId, video.id, { segments: [[2, 19]], position: 19 }, at(5));
    expect(await watched()).toBeCloseTo(14);
    expect(await db.owner.moduleCompletion.count({ where: { moduleId: video.id, userId: learner.userId } })).toBe(0);
    // The rest, played in real time: 80 % reached, the module completes and the course's progress moves.
    answer = await reportVideoProgress(
      learner,
      learner.userId,
      video.id,
      { segments: [[12, 21]], position: 21 },
      at(20),
    );
    expect(answer).toEqual({ watchedPercent: 100, completed: true });
    expect(await db.owner.moduleCompletion.count({ where: { moduleId: video.id, userId: learner.userId } })).toBe(1);
    const enrolment = await db.owner.enrolment.findFirstOrThrow({
      where: { userId: learner.userId, courseId: video.courseId },
    });
    expect(enrolment.progressPercent).toBeGreaterThan(0);
    // The player resumes where the learner stopped.
    const view = await viewVideoModule(learner, learner.userId, "en", video.id, ORIGIN);
    expect(view).toMatchObject({ completed: true, watchPercent: 80 });
    expect(view.positionSeconds).toBeGreaterThan(20);
    expect(view.video?.captions.map((c) => c.locale)).toHaveLength(7);
  });

  it("are served from the content origin with range requests, only while the learner is enrolled", async () => {
    const video = await moduleOf("HS-101", "VIDEO");
    const learner = await enrolled("be.learner", "be", video.courseId);
    const view = await viewVideoModule(learner, learner.userId, "fr", video.id, ORIGIN);
    const size = (await readStoredFile(DEMO_VIDEO_KEY, "file"))!.length;
    const part = await fetchMedia(view.video!.src, "bytes=1000-1999");
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 1000-1999/${size}`);
    expect(part.headers.get("accept-ranges")).toBe("bytes");
    expect(part.headers.get("content-type")).toBe("video/webm");
    expect(part.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    expect((await part.arrayBuffer()).byteLength).toBe(1000);
    const whole = await fetchMedia(view.video!.src);
    expect(whole.status).toBe(200);
    expect((await whole.arrayBuffer()).byteLength).toBe(size);
    expect((await fetchMedia(view.video!.src, `bytes=${size}-`)).status).toBe(416);
    const captions = await fetchMedia(view.video!.captions.find((c) => c.locale === "fr")!.src);
    expect(captions.headers.get("content-type")).toBe("text/vtt; charset=utf-8");
    expect(await captions.text()).toMatch(/^WEBVTT/);
    // A forged token, another file of the key, and a learner whose enrolment ended: 404.
    expect((await fetchMedia(view.video!.src.replace(/\.[^./]+\/file$/, ".forged/file"))).status).toBe(404);
    expect((await fetchMedia(view.video!.src.replace(/file$/, "captions/xx.vtt"))).status).toBe(404);
    await db.owner.enrolment.deleteMany({ where: { userId: learner.userId, courseId: video.courseId } });
    const other = await viewVideoModule(
      await enrolled("be.learner", "be", video.courseId),
      learner.userId,
      "fr",
      video.id,
      ORIGIN,
    );
    await db.owner.enrolment.deleteMany({ where: { userId: learner.userId, courseId: video.courseId } });
    expect((await fetchMedia(other.video!.src)).status).toBe(404);
  });

  it("refuse another tenant's learner, a learner who has not enrolled, an Academy buyer and a visitor, and change nothing", async () => {
    const keVideo = await moduleOf("KE-EAC-CET", "VIDEO");
    const core = await moduleOf("HS-101", "VIDEO");
    const report = { segments: [[0, 1]], position: 1 };
    const be = await enrolled("be.learner", "be", core.courseId);
    const buyer = await scopeOfUser(db.owner, "academy.buyer");
    const notEnrolled = await scopeOfUser(db.owner, "jo.learner", "jo");
    const visitor = await anonymousScope(db.owner, "ke");
    const before = await db.owner.videoProgress.count();
    await expect(reportVideoProgress(be, be.userId, keVideo.id, report)).rejects.toBeInstanceOf(NotFound);
    await expect(viewVideoModule(be, be.userId, "en", keVideo.id, ORIGIN)).rejects.toBeInstanceOf(NotFound);
    await expect(reportVideoProgress(buyer, buyer.userId, core.id, report)).rejects.toBeInstanceOf(NotFound);
    await expect(reportVideoProgress(notEnrolled, notEnrolled.userId, core.id, report)).rejects.toBeInstanceOf(
      NotFound,
    );
    await expect(
      reportVideoProgress(visitor, "00000000-0000-4000-8000-000000000000", core.id, report),
    ).rejects.toBeInstanceOf(NotFound);
    expect(await db.owner.videoProgress.count()).toBe(before);
  });

  it("take WebM or MP4 told by the bytes, within the limit, and WebVTT captions; refusals leave nothing stored", async () => {
    const target = await moduleOf("KE-EAC-CET", "VIDEO");
    const author = await authorFor("ke.coordinator", "ke");
    const webm = (await readStoredFile(DEMO_VIDEO_KEY, "file"))!;
    const keys = await storedKeys("video");
    const content = await db.owner.moduleContent.findUnique({ where: { moduleId: target.id } });
    const pdf = new TextEncoder().encode("%PDF-1.7 not a video");
    await expect(
      attachVideo(author, target.courseId, target.id, { bytes: pdf, fileName: "lesson.webm" }),
    ).rejects.toEqual(new Invalid({ video: "videoType" }));
    process.env.VIDEO_MAX_MB = "0.01";
    await expect(
      attachVideo(author, target.courseId, target.id, { bytes: webm, fileName: "lesson.webm" }),
    ).rejects.toEqual(new Invalid({ video: "videoTooLarge" }));
    delete process.env.VIDEO_MAX_MB;
    expect(await storedKeys("video")).toEqual(keys);
    expect(await db.owner.moduleContent.findUnique({ where: { moduleId: target.id } })).toEqual(content);
    // Another administration's author does not learn that the module exists.
    const be = await authorFor("be.coordinator", "be");
    await expect(
      attachVideo(be, target.courseId, target.id, { bytes: webm, fileName: "x.webm" }),
    ).rejects.toBeInstanceOf(NotFound);

    expect(
      await attachVideo(author, target.courseId, target.id, { bytes: webm, fileName: "lesson.webm" }),
    ).toMatchObject({
      type: "video/webm",
    });
    const stored = await db.owner.moduleContent.findUniqueOrThrow({ where: { moduleId: target.id } });
    expect(stored.storageKey).not.toBe(DEMO_VIDEO_KEY);
    expect(stored.durationSeconds).toBeGreaterThan(19);
    // The shared demo video is still there for the other seeded modules.
    expect(await readStoredFile(DEMO_VIDEO_KEY, "file")).not.toBeNull();
    const vtt = (text: string) => new TextEncoder().encode(text);
    await expect(
      attachCaptions(author, target.courseId, target.id, {
        locale: "sw",
        bytes: vtt("WEBVTT\n\n00:00.000 --> 00:01.000\nHi"),
      }),
    ).rejects.toEqual(new Invalid({ locale: "captionsLocale" }));
    await expect(
      attachCaptions(author, target.courseId, target.id, {
        locale: "fr",
        bytes: vtt("WEBVTT\n\n00:05.000 --> 00:01.000\nx"),
      }),
    ).rejects.toEqual(new Invalid({ captions: "captionsMalformed" }));
    await expect(
      attachCaptions(author, target.courseId, target.id, {
        locale: "fr",
        bytes: vtt("1\n00:00:01,000 --> 00:00:02,000\nSRT"),
      }),
    ).rejects.toEqual(new Invalid({ captions: "captionsMalformed" }));
    // The captions carried over from the previous video are untouched by the refused files.
    expect(stored.captions).toHaveLength(7);
    expect(await readStoredFile(stored.storageKey!, "captions/fr.vtt")).toEqual(
      await readStoredFile(DEMO_VIDEO_KEY, "captions/fr.vtt"),
    );
    expect(
      await attachCaptions(author, target.courseId, target.id, {
        locale: "fr",
        bytes: vtt("WEBVTT\n\n00:00.000 --> 00:02.500\nBonjour\n\n00:02.500 --> 00:04.000\nAu revoir\n"),
      }),
    ).toEqual({ locale: "fr", cues: 2 });
  });
});

describe("resource and page modules", () => {
  it("complete a resource when it is opened, and lead to its file on the content origin", async () => {
    const resource = await moduleOf("HS-101", "RESOURCE");
    const learner = await enrolled("br.learner", "br", resource.courseId);
    const address = await openResource(learner, learner.userId, resource.id, ORIGIN);
    expect(await db.owner.moduleCompletion.count({ where: { moduleId: resource.id, userId: learner.userId } })).toBe(1);
    const answer = await fetchMedia(address);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toBe("application/pdf");
    expect(answer.headers.get("content-disposition")).toContain("HS-101.pdf");
    expect(new TextDecoder().decode((await answer.arrayBuffer()).slice(0, 5))).toBe("%PDF-");
    const buyer = await scopeOfUser(db.owner, "academy.buyer");
    await expect(openResource(buyer, buyer.userId, resource.id, ORIGIN)).rejects.toBeInstanceOf(NotFound);
  });

  it("refuse a file that is not a PDF or office document, whatever its name", async () => {
    const target = await moduleOf("KE-EAC-CET", "RESOURCE");
    const author = await authorFor("ke.coordinator", "ke");
    const keys = await storedKeys("resource");
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03]);
    await expect(
      attachResourceFile(author, target.courseId, target.id, { bytes: exe, fileName: "guide.pdf" }),
    ).rejects.toEqual(new Invalid({ resource: "resourceType" }));
    expect(await storedKeys("resource")).toEqual(keys);
  });

  it("store a page's text per language and complete it when it is shown", async () => {
    const page = await moduleOf("KE-EAC-CET", "PAGE");
    const author = await authorFor("ke.coordinator", "ke");
    await savePage(author, page.courseId, page.id, { locale: "fr", text: "**Lisez** ceci.\n\n- un\n- deux" });
    const body = (await db.owner.moduleContent.findUniqueOrThrow({ where: { moduleId: page.id } })).body as Record<
      string,
      string
    >;
    expect(body.fr).toBe("**Lisez** ceci.\n\n- un\n- deux");
    expect(body.en).toBeDefined();
    const be = await authorFor("be.coordinator", "be");
    await expect(savePage(be, page.courseId, page.id, { locale: "en", text: "x" })).rejects.toBeInstanceOf(NotFound);
    const learner = await enrolled("ke.learner", "ke", page.courseId);
    await recordPageRead(learner, learner.userId, page.id);
    expect(await db.owner.moduleCompletion.count({ where: { moduleId: page.id, userId: learner.userId } })).toBe(1);
    const other = await scopeOfUser(db.owner, "be.learner", "be");
    await expect(recordPageRead(other, other.userId, page.id)).rejects.toBeInstanceOf(NotFound);
  });
});
