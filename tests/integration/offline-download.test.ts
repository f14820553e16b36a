// Courses downloaded for offline use (ADR 0051), against PostgreSQL with the demo content: the download list of an
// enrolled learner (sizes, no quiz answers), its files served under the device grant; 404 and nothing written or issued
// for another administration's officer, a learner not enrolled, a visitor and an Academy buyer; a grant lasts 30 days;
// a withdrawn enrolment or a suspended account is answered "revoked" at the device's next question.
import { readStoredFile, storedSize } from "@/lib/content-store";
import { NotFound } from "@/lib/errors";
import { enrolInCourse } from "@/lib/learning/enrol-in-course";
import { DEVICE_GRANT_SECONDS, issueDeviceGrant, verifyDeviceGrant } from "@/lib/offline/device-grant";
import { grantStates } from "@/lib/offline/grant-states";
import { listCourseDownload } from "@/lib/offline/list-course-download";
import { setSuspended } from "@/lib/team/set-suspended";
import { GET as offlineGet } from "@/app/content/offline/[token]/[...file]/route";
import { POST as grantsPost } from "@/app/content/offline-grants/route";
import { managerOf } from "../helpers/managers";
import { anonymousScope, scopeOfUser } from "../helpers/scopes";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase({ demoContent: true });
jest.setTimeout(30_000);

const CODE = "ORI-101";
const ORIGIN = "http://ke.localhost:3000";
const DEVICE = { id: "6f1c2a3e-8d4b-4c5a-9e7f-0a1b2c3d4e5f", platformOrigin: ORIGIN };
const DAY = 24 * 60 * 60 * 1000;

const courseOf = (code: string) => db.owner.course.findFirstOrThrow({ where: { code } });

/** The learner's scope on `host`, enrolled in the course (here unless an earlier test of this file did). */
async function enrolled(username: string, host: string, courseId: string) {
  const scope = await scopeOfUser(db.owner, username, host);
  if (!(await db.owner.enrolment.count({ where: { userId: scope.userId, courseId } })))
    await enrolInCourse(scope, { id: scope.userId, homeTenantId: scope.homeTenantId }, courseId);
  return scope;
}

async function fetchOffline(grant: string, path: string) {
  return offlineGet(new Request(`http://content.localhost:3000/offline/${grant}/${path}`), {
    params: Promise.resolve({ token: grant, file: path.split("/") }),
  });
}

async function askStates(grants: string[]) {
  const response = await grantsPost(
    new Request("http://content.localhost:3000/offline-grants", {
      method: "POST",
      body: JSON.stringify({ grants }),
      headers: { "content-type": "application/json" },
    }),
  );
  return ((await response.json()) as { states: string[] }).states;
}

/** What a use case could have written: none of these may change when a download is refused. */
const rowCounts = async () => ({
  enrolments: await db.owner.enrolment.count(),
  completions: await db.owner.moduleCompletion.count(),
  audit: await db.owner.auditEvent.count(),
});

describe("the download list", () => {
  it("names every file of the course with its size for an enrolled learner, and its quiz questions without their answers", async () => {
    const course = await courseOf(CODE);
    const learner = await enrolled("ke.learner", "ke", course.id);
    const list = await listCourseDownload(learner, learner.userId, course.id, DEVICE);

    const [pkg] = await db.owner.scormPackage.findMany({ where: { courseId: course.id, replacedAt: null } });
    const video = await db.owner.moduleContent.findFirstOrThrow({
      where: { courseId: course.id, module: { kind: "VIDEO" } },
    });
    const resource = await db.owner.moduleContent.findFirstOrThrow({
      where: { courseId: course.id, module: { kind: "RESOURCE" } },
    });
    const paths = list.files.map((file) => file.path);
    expect(paths[0]).toBe("outline.json");
    expect(paths.filter((path) => path.startsWith(`package/${pkg.id}/`))).toHaveLength(pkg.fileCount);
    expect(list.files.find((file) => file.path === `media/${video.moduleId}/file`)?.bytes).toBe(video.bytes);
    expect(paths.filter((path) => path.startsWith(`media/${video.moduleId}/captions/`))).toHaveLength(7);
    expect(list.files.find((file) => file.path === `media/${resource.moduleId}/file`)?.bytes).toBe(resource.bytes);
    expect(list.files.find((file) => file.path === `media/${video.moduleId}/captions/fr.vtt`)?.bytes).toBe(
      await storedSize(video.storageKey!, "captions/fr.vtt"),
    );
    expect(list.bytes).toBe(list.files.reduce((sum, file) => sum + file.bytes, 0));
    expect(list.bytes).toBeGreaterThan(video.bytes!);

    // The grant names this learner, her enrolment and this device, for 30 days.
    const enrolment = await db.owner.enrolment.findFirstOrThrow({
      where: { userId: learner.userId, courseId: course.id },
    });
    const claims = verifyDeviceGrant(list.grant)!;
    expect(claims).toMatchObject({
      userId: learner.userId,
      enrolmentId: enrolment.id,
      courseId: course.id,
      deviceId: DEVICE.id,
      origin: ORIGIN,
    });
    expect(claims.exp * 1000 - Date.now()).toBeGreaterThan(DEVICE_GRANT_SECONDS * 1000 - 60_000);

    // Every file of the list is served under the grant, of the size the list said.
    for (const file of list.files) {
      const response = await fetchOffline(list.grant, file.path);
      expect([file.path, response.status]).toEqual([file.path, 200]);
      expect([file.path, (await response.arrayBuffer()).byteLength]).toEqual([file.path, file.bytes]);
    }
    const launch = list.files.find((file) => file.path.endsWith(".html"))!;
    expect(Buffer.from(await (await fetchOffline(list.grant, launch.path)).arrayBuffer())).toEqual(
      Buffer.from((await readStoredFile(pkg.storageKey, launch.path.split("/").slice(2).join("/")))!),
    );

    // The outline: titles, page texts, and the quiz's questions with their choices, never what grades them.
    const outline = (await (await fetchOffline(list.grant, "outline.json")).json()) as {
      modules: Array<Record<string, unknown>>;
    };
    expect(outline.modules.find((m) => m.kind === "PAGE")?.body).toBeTruthy();
    const quiz = outline.modules.find((m) => m.kind === "QUIZ")!;
    const asked = quiz.questions as Array<Record<string, unknown>>;
    const bank = await db.owner.quizQuestion.findMany({ where: { courseId: course.id } });
    expect(asked.map((q) => q.id).sort()).toEqual(bank.map((q) => q.id).sort());
    for (const question of asked) {
      expect(Object.keys(question).sort()).toEqual(["choices", "id", "kind", "points", "prompt"]);
      for (const choice of question.choices as Array<Record<string, unknown>>)
        expect(Object.keys(choice).sort()).toEqual(["id", "text"]);
    }
    expect(JSON.stringify(outline)).not.toContain('"answer"');
    // A matching question: its right-hand texts are not given in their pairs' order.
    const [first] = bank;
    const slot = await db.owner.quizSlot.findFirstOrThrow({ where: { questionId: first.id } });
    const pairs = [
      { id: "a", left: { en: "HS" }, right: { en: "Tariff nomenclature" } },
      { id: "b", left: { en: "AEO" }, right: { en: "Authorised operators" } },
    ];
    const matching = await db.owner.quizQuestion.create({
      data: {
        tenantId: first.tenantId,
        courseId: course.id,
        isCore: first.isCore,
        audience: first.audience,
        kind: "MATCHING",
        prompt: { en: "Match the terms" },
        choices: pairs,
        answer: ["a", "b"],
      },
    });
    await db.owner.quizSlot.create({
      data: {
        tenantId: slot.tenantId,
        courseId: course.id,
        isCore: slot.isCore,
        audience: slot.audience,
        moduleId: slot.moduleId,
        position: 99,
        questionId: matching.id,
      },
    });
    const withMatching = await listCourseDownload(learner, learner.userId, course.id, DEVICE);
    const shown = (
      (await (await fetchOffline(withMatching.grant, "outline.json")).json()) as typeof outline
    ).modules.flatMap((m) => (m.questions ?? []) as Array<Record<string, unknown>>);
    expect(shown.find((q) => q.id === matching.id)).toEqual({
      id: matching.id,
      kind: "MATCHING",
      prompt: { en: "Match the terms" },
      points: 1,
      left: [
        { id: "a", text: { en: "HS" } },
        { id: "b", text: { en: "AEO" } },
      ],
      right: [{ en: "Authorised operators" }, { en: "Tariff nomenclature" }],
    });
    await db.owner.quizSlot.deleteMany({ where: { questionId: matching.id } });
    await db.owner.quizQuestion.delete({ where: { id: matching.id } });
    // A timed quiz keeps its questions to the attempt (started online): none are downloaded.
    await db.owner.quizSettings.updateMany({ where: { courseId: course.id }, data: { timeLimitMinutes: 20 } });
    const timed = await listCourseDownload(learner, learner.userId, course.id, DEVICE);
    const timedOutline = (await (await fetchOffline(timed.grant, "outline.json")).json()) as typeof outline;
    expect(timedOutline.modules.find((m) => m.kind === "QUIZ")).not.toHaveProperty("questions");
    expect(timed.files[0].bytes).toBeLessThan(list.files[0].bytes);
    // The learner is told before downloading that the timed quiz needs a connection.
    const quizTitle = timedOutline.modules.find((m) => m.kind === "QUIZ")!.title;
    expect(timed.onlineOnly).toEqual([quizTitle]);
    expect(list.onlineOnly).toEqual([]);
    await db.owner.quizSettings.updateMany({ where: { courseId: course.id }, data: { timeLimitMinutes: null } });

    // Another course's file is not reachable through this course's grant.
    const other = await db.owner.scormPackage.findFirstOrThrow({ where: { courseId: { not: course.id } } });
    expect((await fetchOffline(list.grant, `package/${other.id}/imsmanifest.xml`)).status).toBe(404);
    expect(await askStates([list.grant])).toEqual(["active"]);
  });

  it("answers 404 and issues nothing to another administration's officer, a learner not enrolled, a visitor and an Academy buyer", async () => {
    const course = await courseOf(CODE);
    const before = await rowCounts();
    const outsiders = [
      await scopeOfUser(db.owner, "be.learner", "be"),
      await scopeOfUser(db.owner, "ke.coordinator", "ke"),
      await scopeOfUser(db.owner, "academy.buyer", "academy"),
    ];
    for (const scope of outsiders)
      await expect(listCourseDownload(scope, scope.userId, course.id, DEVICE)).rejects.toBeInstanceOf(NotFound);
    const visitor = await anonymousScope(db.owner, "ke");
    const learner = await db.owner.user.findUniqueOrThrow({ where: { username: "ke.learner" } });
    await expect(listCourseDownload(visitor, learner.id, course.id, DEVICE)).rejects.toBeInstanceOf(NotFound);
    // Another tenant's course, even for an enrolled learner of her own: Belgium's own course for a Kenyan officer.
    const belgian = await courseOf("BE-PLDA");
    const kenyan = await scopeOfUser(db.owner, "ke.learner", "ke");
    await expect(listCourseDownload(kenyan, kenyan.userId, belgian.id, DEVICE)).rejects.toBeInstanceOf(NotFound);
    // An enforcement course for someone who is no officer (an Academy buyer), and a device id that is not one.
    const enforcement = await courseOf("ENF-PREC");
    const buyer = outsiders[2];
    await expect(listCourseDownload(buyer, buyer.userId, enforcement.id, DEVICE)).rejects.toBeInstanceOf(NotFound);
    await expect(
      listCourseDownload(kenyan, kenyan.userId, course.id, { ...DEVICE, id: "../x" }),
    ).rejects.toBeInstanceOf(NotFound);
    expect(await rowCounts()).toEqual(before);

    // A grant not signed by the platform does not verify: nothing is served, and the device hears "expired".
    const forged = `${Buffer.from(JSON.stringify({ userId: learner.id, exp: 2e9 })).toString("base64url")}.x`;
    expect((await fetchOffline(forged, "outline.json")).status).toBe(404);
    expect(await askStates([forged])).toEqual(["expired"]);
  });
});

describe("device grants", () => {
  it("authorise the device for 30 days, then answer expired and serve nothing", async () => {
    const course = await courseOf(CODE);
    const learner = await enrolled("jo.learner", "jo", course.id);
    const enrolment = await db.owner.enrolment.findFirstOrThrow({
      where: { userId: learner.userId, courseId: course.id },
    });
    const claims = {
      userId: learner.userId,
      enrolmentId: enrolment.id,
      courseId: course.id,
      deviceId: DEVICE.id,
      tenantId: learner.ctx.tenantId,
      audience: learner.ctx.audience,
      origin: "http://jo.localhost:3000",
    };
    const issuedAt = Date.now() - 29 * DAY;
    const grant = issueDeviceGrant(claims, issuedAt);
    expect(verifyDeviceGrant(grant)).not.toBeNull();
    expect(await grantStates([grant])).toEqual(["active"]);
    expect((await fetchOffline(grant, "outline.json")).status).toBe(200);
    // A day later, 30 days after it was issued: expired.
    expect(verifyDeviceGrant(grant, issuedAt + DEVICE_GRANT_SECONDS * 1000 + 1000)).toBeNull();
    expect(await grantStates([grant], issuedAt + DEVICE_GRANT_SECONDS * 1000 + 1000)).toEqual(["expired"]);
    const expired = issueDeviceGrant(claims, Date.now() - 30 * DAY - 1000);
    expect((await fetchOffline(expired, "outline.json")).status).toBe(404);
    expect(await askStates([expired, grant])).toEqual(["expired", "active"]);
  });

  it("are answered revoked once the enrolment is withdrawn or the account suspended, and serve nothing", async () => {
    const course = await courseOf(CODE);
    const officer = await enrolled("br.learner", "br", course.id);
    const amina = await enrolled("ke.learner", "ke", course.id);
    const withdrawn = await listCourseDownload(officer, officer.userId, course.id, DEVICE);
    const suspended = await listCourseDownload(amina, amina.userId, course.id, DEVICE);
    expect(await askStates([withdrawn.grant, suspended.grant])).toEqual(["active", "active"]);

    await db.owner.enrolment.deleteMany({ where: { userId: officer.userId, courseId: course.id } });
    await setSuspended(await managerOf(db.owner, "ke.coordinator"), amina.userId, true);
    expect(await askStates([withdrawn.grant, suspended.grant])).toEqual(["revoked", "revoked"]);
    for (const grant of [withdrawn.grant, suspended.grant])
      expect((await fetchOffline(grant, withdrawn.files[1].path)).status).toBe(404);
    // Enrolled again, the old grant stays revoked: it named the enrolment that was withdrawn.
    await enrolInCourse(officer, { id: officer.userId, homeTenantId: officer.homeTenantId }, course.id);
    expect(await askStates([withdrawn.grant])).toEqual(["revoked"]);
  });
});
