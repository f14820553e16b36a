// Guest access (ADR 0042) against PostgreSQL: a visitor opens every kind of module of a course its author opened
// to guests, SCORM in its frame on the content origin included, and not one row is written in any learning
// table; a course of another tenant, an enforcement course (even with the flag set in the database), a course not
// opened to guests, a signed-in learner and the Academy get nothing by this path.
import { loadViewer, tenantContext } from "@/lib/auth/load-viewer";
import type { VisibilityScope } from "@/lib/auth/visibility-scope";
import { NotFound } from "@/lib/errors";
import { guestScope, type GuestScope } from "@/lib/guest/guest-scope";
import { viewGuestCourses } from "@/lib/guest/view-guest-courses";
import { viewCoursePage } from "@/lib/learning/view-course-page";
import { openResource } from "@/lib/modules/open-resource";
import { viewPageModule } from "@/lib/modules/view-page-module";
import { viewVideoModule } from "@/lib/modules/view-video-module";
import { openGuestSco } from "@/lib/scorm/guest-launch";
import { issueGuestToken } from "@/lib/scorm/guest-token";
import { launchSco } from "@/lib/scorm/attempts";
import { GET as guestPlayer } from "@/app/content/guest-player/[token]/route";
import { GET as guestFiles } from "@/app/content/guest-files/[token]/[...path]/route";
import { GET as learnerPlayer } from "@/app/content/player/[token]/route";
import { POST as commitRoute } from "@/app/content/commit/[token]/route";
import { GET as mediaGet } from "@/app/content/media/[token]/[...file]/route";
import { scopeOfUser } from "../helpers/scopes";
import { siteFor } from "../helpers/sites";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase({ demoContent: true });
jest.setTimeout(60_000);
const ORIGIN = "http://localhost:3000";

async function guestOn(host: string): Promise<GuestScope> {
  const site = await siteFor(host);
  const scope = guestScope({ site, viewer: null, ctx: tenantContext(site, null) });
  if (!scope) throw new Error(`${host} admits no guest`);
  return scope;
}

const course = (code: string) => db.owner.course.findFirstOrThrow({ where: { code } });
const moduleOf = (code: string, kind: "VIDEO" | "RESOURCE" | "PAGE" | "SCORM") =>
  db.owner.courseModule.findFirstOrThrow({ where: { kind, course: { code } } });

/** Every table a learner's activity writes to, counted. */
async function learningRows() {
  const o = db.owner;
  const counts = await Promise.all([
    o.enrolment.count(),
    o.moduleCompletion.count(),
    o.videoProgress.count(),
    o.scormAttempt.count(),
    o.scormInteraction.count(),
    o.quizAttempt.count(),
    o.evaluationResponse.count(),
    o.certificate.count(),
    o.alert.count(),
    o.enrolmentRequest.count(),
    o.emailMessage.count(),
    o.auditEvent.count(),
  ]);
  const names = ["enrolment", "moduleCompletion", "videoProgress", "scormAttempt", "scormInteraction", "quizAttempt"];
  names.push("evaluationResponse", "certificate", "alert", "enrolmentRequest", "emailMessage", "auditEvent");
  return Object.fromEntries(names.map((name, i) => [name, counts[i]]));
}

const params = <T>(value: T) => ({ params: Promise.resolve(value) });
const fetchGuestPlayer = (token: string) =>
  guestPlayer(new Request(`http://content.localhost:3000/guest-player/${token}`), params({ token }));
const fetchGuestFile = (token: string, file: string) =>
  guestFiles(
    new Request(`http://content.localhost:3000/guest-files/${token}/${file}`),
    params({ token, path: file.split("/") }),
  );
async function fetchMedia(src: string) {
  const [token, ...file] = new URL(src).pathname.split("/").slice(2);
  return mediaGet(new Request(src), params({ token, file }));
}
const launchOf = (html: string) =>
  JSON.parse(/<script type="application\/json" id="scorm-launch">(.*?)<\/script>/s.exec(html)![1]) as Record<
    string,
    unknown
  >;

/** Every way a guest opens a course and its modules answers 404 (a signed-in viewer sees no guest's course page). */
const everyDoor = async (scope: VisibilityScope, code: string) => {
  const target = await course(code);
  const modules = await db.owner.courseModule.findMany({ where: { courseId: target.id } });
  const of = (kind: string) => modules.find((m) => m.kind === kind)!.id;
  const coursePage = viewCoursePage(scope, null, "en", target.id, { certificates: false, guest: true });
  if (scope.signedIn) expect((await coursePage).guest).toBe(false);
  else await expect(coursePage).rejects.toBeInstanceOf(NotFound);
  const refusals = [
    viewVideoModule(scope, null, "en", of("VIDEO"), ORIGIN),
    viewPageModule(scope, null, "en", of("PAGE")),
    openResource(scope, null, of("RESOURCE"), ORIGIN),
    "guest" in scope ? openGuestSco(scope as GuestScope, of("SCORM"), -1, ORIGIN) : Promise.reject(new NotFound()),
  ];
  for (const refusal of refusals) await expect(refusal).rejects.toBeInstanceOf(NotFound);
};

describe("a guest of a course open to guests", () => {
  it("opens its page, its SCORM module in the content origin's frame, its video, resource and page, and nothing of theirs is written anywhere", async () => {
    const guest = await guestOn("root");
    const hs = await course("HS-101");
    const before = await learningRows();

    expect((await viewGuestCourses(guest, "en")).map((c) => c.code)).toContain("HS-101");
    const page = await viewCoursePage(guest, null, "en", hs.id, { certificates: false, guest: true });
    expect(page.guest).toBe(true);
    expect(page.course.enrolment).toBeNull();
    expect(page.course.modules.find((m) => m.kind === "SCORM")?.playable).toBe(true);

    // SCORM: a guest token, a frame whose runtime has no commit or lease address, the package's files.
    const scorm = await moduleOf("HS-101", "SCORM");
    const launch = await openGuestSco(guest, scorm.id, -1, ORIGIN);
    expect(launch.courseId).toBe(hs.id);
    const frame = await fetchGuestPlayer(launch.token);
    expect(frame.status).toBe(200);
    expect(frame.headers.get("content-security-policy")).toContain(`frame-ancestors ${ORIGIN}`);
    const config = launchOf(await frame.text());
    expect(config).toMatchObject({ guest: true, parentOrigin: ORIGIN });
    expect(config.commitUrl).toBeUndefined();
    expect(config.leaseUrl).toBeUndefined();
    const sco = String(config.scoUrl).split("/").slice(3).join("/");
    const file = await fetchGuestFile(launch.token, sco.split("?")[0]);
    expect(file.status).toBe(200);
    expect((await file.text()).toLowerCase()).toContain("html");
    // A guest token is no learner's launch: the commit endpoint and the learner's frame refuse it.
    const commit = await commitRoute(
      new Request("http://content.localhost:3000/commit/x", { method: "POST", body: JSON.stringify({}) }),
      params({ token: launch.token }),
    );
    expect(commit.status).toBe(404);
    expect(
      (await learnerPlayer(new Request("http://content.localhost:3000/player/x"), params({ token: launch.token })))
        .status,
    ).toBe(404);

    // Video, with its file on the content origin; page; resource (its file, and no completion).
    const video = await viewVideoModule(guest, null, "en", (await moduleOf("HS-101", "VIDEO")).id, ORIGIN);
    expect(video).toMatchObject({ completed: false, positionSeconds: 0, watchedPercent: 0 });
    expect((await fetchMedia(video.video!.src)).status).toBe(200);
    expect(
      (await viewPageModule(guest, null, "en", (await moduleOf("HS-101", "PAGE")).id)).text.length,
    ).toBeGreaterThan(0);
    const resource = await openResource(guest, null, (await moduleOf("HS-101", "RESOURCE")).id, ORIGIN);
    expect((await fetchMedia(resource)).status).toBe(200);

    expect(await learningRows()).toEqual(before);
  });

  it("loses the SCO's frame and the video once the author closes the course to guests, and the course is then 404 to guests", async () => {
    const guest = await guestOn("root");
    const scorm = await moduleOf("HS-101", "SCORM");
    const launch = await openGuestSco(guest, scorm.id, -1, ORIGIN);
    const video = await viewVideoModule(guest, null, "en", (await moduleOf("HS-101", "VIDEO")).id, ORIGIN);
    await db.owner.course.update({ where: { id: scorm.courseId }, data: { guestAccess: false } });
    try {
      // Neither token was used before the change, so no earlier check is remembered for it.
      expect((await fetchGuestPlayer(launch.token)).status).toBe(404);
      expect((await fetchMedia(video.video!.src)).status).toBe(404);
      await everyDoor(guest, "HS-101");
    } finally {
      await db.owner.course.update({ where: { id: scorm.courseId }, data: { guestAccess: true } });
    }
  });
});

describe("what guests never reach", () => {
  it("a guest course of one administration's space is 404 to a guest on another administration's space", async () => {
    await db.owner.course.update({
      where: {
        tenantId_code: {
          tenantId: (await db.owner.tenant.findUniqueOrThrow({ where: { slug: "ke" } })).id,
          code: "KE-EAC-CET",
        },
      },
      data: { audience: "PUBLIC", guestAccess: true },
    });
    const before = await learningRows();
    const onKenya = await guestOn("ke");
    const kenyan = await course("KE-EAC-CET");
    expect((await viewCoursePage(onKenya, null, "en", kenyan.id, { certificates: false, guest: true })).guest).toBe(
      true,
    );
    await everyDoor(await guestOn("be"), "KE-EAC-CET");
    await everyDoor(await guestOn("root"), "KE-EAC-CET");
    expect(await learningRows()).toEqual(before);
  });

  it("an enforcement course is 404 to guests even with the flag set in the database, and its SCO's frame refuses a guest token", async () => {
    const enforcement = await course("ENF-PREC");
    await db.owner.course.update({ where: { id: enforcement.id }, data: { guestAccess: true } });
    const before = await learningRows();
    for (const host of ["root", "ke", "be"]) await everyDoor(await guestOn(host), "ENF-PREC");
    const pkg = await db.owner.scormPackage.findFirstOrThrow({ where: { courseId: enforcement.id } });
    const forged = issueGuestToken({
      key: pkg.storageKey,
      origin: ORIGIN,
      packageId: pkg.id,
      position: 0,
      tenantId: pkg.tenantId,
      audience: "CUSTOMS",
    });
    expect((await fetchGuestPlayer(forged)).status).toBe(404);
    const sco = await db.owner.scormSco.findFirstOrThrow({ where: { packageId: pkg.id } });
    expect((await fetchGuestFile(forged, sco.href.split("?")[0])).status).toBe(404);
    expect(await learningRows()).toEqual(before);
  });

  it("a signed-in learner, another administration's officer and the Academy get no guest's way in", async () => {
    const before = await learningRows();
    const learner = await scopeOfUser(db.owner, "ke.learner", "ke");
    await everyDoor(learner, "HS-101");
    await everyDoor(await scopeOfUser(db.owner, "be.learner", "ke"), "HS-101");
    const academy = await siteFor("academy");
    expect(guestScope({ site: academy, viewer: null, ctx: tenantContext(academy, null) })).toBeNull();
    const buyer = await db.owner.user.findFirstOrThrow({ where: { tenant: { kind: "ACADEMY" } } });
    const viewer = await loadViewer(buyer.id, buyer.sessionVersion, academy);
    expect(guestScope({ site: academy, viewer, ctx: tenantContext(academy, viewer) })).toBeNull();
    // A learner signed in keeps the learner's way: a launch needs her enrolment.
    await expect(
      launchSco(learner, learner.userId, (await moduleOf("HS-101", "SCORM")).id, 0, ORIGIN),
    ).rejects.toBeInstanceOf(NotFound);
    expect(await learningRows()).toEqual(before);
  });
});
