// The SCORM runtime's rules on the server, each read back from PostgreSQL: pass marks, the SCORM 2004
// defaults, launch data, total time across sessions, commit ordering, and the content origin's commit endpoint
// refusing anyone but the attempt's learner.
import { getCourse } from "@/lib/catalogue/get-course";
import { enrolInCourse } from "@/lib/learning/enrol-in-course";
import { commitAttempt, launchSco } from "@/lib/scorm/attempts";
import { verifyLaunchToken } from "@/lib/scorm/launch-token";
import { startSession } from "@/lib/scorm/start-session";
import { POST as commitRoute } from "@/app/content/commit/[token]/route";
import { GET as filesRoute } from "@/app/content/files/[token]/[...path]/route";
import { POST as leaseRoute } from "@/app/content/lease/[token]/route";
import { mayReadFiles, renewLease } from "@/lib/scorm/lease-attempt";
import { scorm12QuizPackage, scorm2004QuizPackage, scorm2004SilentCourse } from "../helpers/scorm-fixtures";
import { scopeOfUser } from "../helpers/scopes";
import { scormCourse as courseWithPackage, LEARNER_ORIGIN } from "../helpers/scorm-course";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase();
// Each case uploads a package and plays a learner's sessions against PostgreSQL: more than the default 5 s on a busy machine.
jest.setTimeout(30_000);
const ORIGIN = LEARNER_ORIGIN;
const scormCourse = (zip: Uint8Array, code: string) => courseWithPackage(db.owner, zip, code);

const attemptRow = (id: string) => db.owner.scormAttempt.findUniqueOrThrow({ where: { id } });
const certificates = (userId: string, courseId: string) => db.owner.certificate.count({ where: { userId, courseId } });
const session = (id: string, measuredSeconds = 0) => ({ id, measuredSeconds });

describe("pass marks", () => {
  it("SCORM 1.2: the manifest's mastery score decides; 20 points against 80 is failed whatever the package says, and earns nothing", async () => {
    const { moduleId, courseId, learner } = await scormCourse(scorm12QuizPackage(), "SAFE-101");
    const launch = await launchSco(learner, learner.userId, moduleId, 0, ORIGIN);
    expect((await startSession(verifyLaunchToken(launch.token)!)).cmi).toMatchObject({
      student_data: { mastery_score: "80", max_time_allowed: "00:30:00", time_limit_action: "continue,message" },
      launch_data: "region=ESA",
    });
    const failed = await commitAttempt(learner, learner.userId, launch.attemptId, {
      commitSequence: 1,
      final: true,
      cmi: { core: { lesson_status: "completed", score: { raw: "20" } } },
    });
    expect(failed).toMatchObject({ stored: true, moduleCompleted: false });
    expect(await attemptRow(launch.attemptId)).toMatchObject({
      completionStatus: "failed",
      successStatus: "failed",
      scoreRaw: 20,
    });
    expect(await db.owner.moduleCompletion.count({ where: { userId: learner.userId, moduleId } })).toBe(0);
    expect(await certificates(learner.userId, courseId)).toBe(0);

    const passed = await commitAttempt(learner, learner.userId, launch.attemptId, {
      commitSequence: 2,
      final: true,
      cmi: { core: { lesson_status: "completed", score: { raw: "80" } } },
    });
    expect(passed).toMatchObject({ stored: true, moduleCompleted: true, progressPercent: 100 });
    expect(await attemptRow(launch.attemptId)).toMatchObject({ completionStatus: "passed", successStatus: "passed" });
    expect(await certificates(learner.userId, courseId)).toBe(1);
  });

  it("SCORM 2004: minNormalizedMeasure is the scaled passing score; no score is not passed, a low score is failed, even if the package claims passed", async () => {
    const { moduleId, courseId, learner } = await scormCourse(scorm2004QuizPackage(), "DM-101");
    const launch = await launchSco(learner, learner.userId, moduleId, 0, ORIGIN);
    expect((await startSession(verifyLaunchToken(launch.token)!)).cmi).toMatchObject({
      scaled_passing_score: "0.8",
      launch_data: "level=advanced",
      max_time_allowed: "PT1H",
      objectives: { "0": { id: "classification" }, "1": { id: "gri-1" } },
    });
    await commitAttempt(learner, learner.userId, launch.attemptId, {
      commitSequence: 1,
      final: true,
      cmi: { completion_status: "completed", success_status: "passed" },
    });
    expect(await attemptRow(launch.attemptId)).toMatchObject({
      completionStatus: "completed",
      successStatus: "unknown",
    });
    await commitAttempt(learner, learner.userId, launch.attemptId, {
      commitSequence: 2,
      final: true,
      cmi: { completion_status: "completed", success_status: "passed", score: { scaled: "0.733" } },
    });
    expect(await attemptRow(launch.attemptId)).toMatchObject({
      completionStatus: "completed",
      successStatus: "failed",
      scoreScaled: 0.733,
    });
    expect(await db.owner.moduleCompletion.count({ where: { userId: learner.userId, moduleId } })).toBe(0);
    expect(await certificates(learner.userId, courseId)).toBe(0);
    const passed = await commitAttempt(learner, learner.userId, launch.attemptId, {
      commitSequence: 3,
      final: true,
      cmi: { completion_status: "completed", score: { scaled: "0.8" } },
    });
    expect(passed.moduleCompleted).toBe(true);
    expect(await attemptRow(launch.attemptId)).toMatchObject({ successStatus: "passed" });
    expect(await certificates(learner.userId, courseId)).toBe(1);
    // The SCORM score is the course's grade on the certificate, and the course page shows the SCO's result.
    expect(await db.owner.certificate.findFirstOrThrow({ where: { userId: learner.userId, courseId } })).toMatchObject({
      grade: 80,
    });
    const page = await getCourse(learner, "en", courseId, learner.userId);
    expect(page.modules.find((m) => m.id === moduleId)!.scorm).toEqual([
      {
        title: "Classification quiz",
        completionStatus: "completed",
        successStatus: "passed",
        scorePercent: 80,
        totalSeconds: 0,
      },
    ]);
    const belgian = await scopeOfUser(db.owner, "be.learner", "be");
    expect(
      (await getCourse(belgian, "en", courseId, belgian.userId)).modules.find((m) => m.id === moduleId)!.scorm,
    ).toEqual([]);
  });
});

describe("SCORM 2004 defaults", () => {
  it("completes a course whose SCOs only call Initialize and Terminate, each when its attempt ends, not before", async () => {
    const { moduleId, courseId, learner } = await scormCourse(scorm2004SilentCourse([2, 1]), "CBM-101");
    const first = await launchSco(learner, learner.userId, moduleId, 0, ORIGIN);
    expect(first.outline).toEqual([
      {
        title: "Group 1",
        position: null,
        done: false,
        children: [
          { title: "Lesson 1", position: 0, done: false, children: [] },
          { title: "Lesson 2", position: 1, done: false, children: [] },
        ],
      },
      {
        title: "Group 2",
        position: null,
        done: false,
        children: [{ title: "Lesson 3", position: 2, done: false, children: [] }],
      },
    ]);
    for (const position of [0, 1, 2]) {
      const launch = await launchSco(learner, learner.userId, moduleId, position, ORIGIN);
      // An autocommit while the SCO runs leaves it unknown; the Terminate commit completes it.
      await commitAttempt(learner, learner.userId, launch.attemptId, { commitSequence: 1, cmi: {} });
      expect(await attemptRow(launch.attemptId)).toMatchObject({
        completionStatus: "unknown",
        successStatus: "unknown",
      });
      const ended = await commitAttempt(learner, learner.userId, launch.attemptId, {
        commitSequence: 2,
        final: true,
        cmi: { completion_status: "unknown", success_status: "unknown" },
      });
      expect(await attemptRow(launch.attemptId)).toMatchObject({
        completionStatus: "completed",
        successStatus: "passed",
      });
      expect(ended.moduleCompleted).toBe(position === 2);
      // What the LMS set is what the next session reads.
      expect((await startSession(verifyLaunchToken(launch.token)!)).cmi).toMatchObject({
        completion_status: "completed",
        success_status: "passed",
      });
    }
    expect(await certificates(learner.userId, courseId)).toBe(1);
    expect(
      (await launchSco(learner, learner.userId, moduleId, 0, ORIGIN)).outline.flatMap((g) =>
        g.children.map((c) => c.done),
      ),
    ).toEqual([true, true, true]);
  });
});

describe("launch data and time", () => {
  it("launches with the learner's id and name, ab-initio then resume after a suspend, credit and normal mode", async () => {
    const { moduleId, learner } = await scormCourse(scorm12QuizPackage(), "RM-101");
    const user = await db.owner.user.findUniqueOrThrow({ where: { id: learner.userId } });
    const launch = await launchSco(learner, learner.userId, moduleId, 0, ORIGIN);
    const claims = verifyLaunchToken(launch.token)!;
    expect((await startSession(claims)).cmi).toMatchObject({
      core: {
        student_id: user.id,
        student_name: `${user.lastName}, ${user.firstName}`,
        entry: "ab-initio",
        credit: "credit",
        lesson_mode: "normal",
        lesson_status: "not attempted",
      },
    });
    await commitAttempt(learner, learner.userId, launch.attemptId, {
      commitSequence: 1,
      cmi: { core: { lesson_status: "incomplete", lesson_location: "p2", exit: "suspend" } },
    });
    expect((await startSession(claims)).cmi).toMatchObject({ core: { entry: "resume", lesson_location: "p2" } });
    expect((await startSession(claims)).cmi.core).not.toHaveProperty("exit");
    await commitAttempt(learner, learner.userId, launch.attemptId, {
      commitSequence: 2,
      cmi: { core: { lesson_status: "incomplete", exit: "" } },
    });
    expect((await startSession(claims)).cmi).toMatchObject({ core: { entry: "" } });
  });

  it("accumulates total time across three sessions from session times, autocommits never resetting it, measuring a session the SCO does not time", async () => {
    const { moduleId, learner } = await scormCourse(scorm2004QuizPackage(), "PCA-101");
    const { attemptId, token } = await launchSco(learner, learner.userId, moduleId, 0, ORIGIN);
    const commit = (commitSequence: number, cmi: object, s: object, final = false) =>
      commitAttempt(learner, learner.userId, attemptId, { commitSequence, cmi, session: s, final });
    // Session 1: two autocommits (no session time yet, measured 30 s and 60 s), then Terminate with PT90S.
    await commit(1, { location: "a" }, session("s1", 30));
    await commit(2, { location: "a" }, session("s1", 60));
    expect((await attemptRow(attemptId)).totalSeconds).toBe(60);
    await commit(3, { location: "a", session_time: "PT1M30S", total_time: "PT0S" }, session("s1", 91), true);
    expect((await attemptRow(attemptId)).totalSeconds).toBe(90);
    // Session 2: the SCO never reports time; the runtime measured 45 s. An autocommit claiming total_time 0 changes nothing.
    await commit(4, { total_time: "PT0S" }, session("s2", 20));
    await commit(5, { total_time: "PT0S" }, session("s2", 45));
    expect((await attemptRow(attemptId)).totalSeconds).toBe(135);
    // Session 3: 5 minutes reported.
    await commit(6, { session_time: "PT5M" }, session("s3", 301), true);
    expect(await attemptRow(attemptId)).toMatchObject({ totalSeconds: 435, priorSeconds: 135, sessionSeconds: 300 });
    expect((await startSession(verifyLaunchToken(token)!)).cmi).toMatchObject({ total_time: "PT0H7M15S" });
  });

  it("keeps the newest commit: a stale one arriving late, or the same one twice, changes nothing", async () => {
    const { moduleId, learner } = await scormCourse(scorm2004QuizPackage(), "INT-101");
    const { attemptId } = await launchSco(learner, learner.userId, moduleId, 0, ORIGIN);
    const results = await Promise.all(
      [5, 3, 4, 5].map((n) =>
        commitAttempt(learner, learner.userId, attemptId, {
          commitSequence: n,
          cmi: { location: `page-${n}` },
          session: session("s", n),
        }),
      ),
    );
    expect(results.filter((r) => r.stored).length).toBeGreaterThanOrEqual(1);
    expect(await attemptRow(attemptId)).toMatchObject({ commitSeq: 5, location: "page-5" });
    expect(
      (await commitAttempt(learner, learner.userId, attemptId, { commitSequence: 2, cmi: { location: "old" } })).stored,
    ).toBe(false);
    expect(await attemptRow(attemptId)).toMatchObject({ commitSeq: 5, location: "page-5" });
  });
});

describe("concurrent commits", () => {
  it("twenty commits of one session arriving at once, in any order: the newest is kept and time is counted once", async () => {
    const { moduleId, learner } = await scormCourse(scorm2004QuizPackage(), "VAL-101");
    const { attemptId } = await launchSco(learner, learner.userId, moduleId, 0, ORIGIN);
    const order = [7, 20, 3, 12, 1, 19, 5, 14, 9, 2, 18, 11, 4, 16, 8, 13, 6, 17, 10, 15];
    const results = await Promise.all(
      order.map((n) =>
        commitAttempt(learner, learner.userId, attemptId, {
          commitSequence: n,
          cmi: { location: `page-${n}` },
          session: session("one-session", n * 10),
        }),
      ),
    );
    expect(results.some((r) => r.stored)).toBe(true);
    expect(await attemptRow(attemptId)).toMatchObject({
      commitSeq: 20,
      location: "page-20",
      priorSeconds: 0,
      sessionSeconds: 200,
      totalSeconds: 200,
    });
  });
});

describe("the content origin's commit endpoint", () => {
  const post = (token: string, body: unknown) =>
    commitRoute(
      new Request(`http://content.localhost:3000/commit/${token}`, {
        method: "POST",
        body: JSON.stringify(body),
        headers: { "content-type": "text/plain" },
      }),
      { params: Promise.resolve({ token }) },
    );

  it("stores the attempt's learner's commits and refuses forged tokens, other learners' attempts, suspended accounts and ended enrolments", async () => {
    const { moduleId, courseId, learner } = await scormCourse(scorm2004QuizPackage(), "IPR-101");
    const { attemptId, token } = await launchSco(learner, learner.userId, moduleId, 0, ORIGIN);
    const ok = await post(token, { commitSequence: 1, cmi: { location: "p1" } });
    expect(ok.status).toBe(200);
    expect(await attemptRow(attemptId)).toMatchObject({ location: "p1", commitSeq: 1 });

    // An anonymous visitor (no token), a forged token, and another tenant's learner holding her own token.
    expect((await post("forged.token", { commitSequence: 9, cmi: { location: "x" } })).status).toBe(404);
    const belgian = await scopeOfUser(db.owner, "be.learner", "be");
    await enrolInCourse(belgian, { id: belgian.userId, homeTenantId: belgian.homeTenantId }, courseId);
    const theirs = verifyLaunchToken(
      (await launchSco(belgian, belgian.userId, moduleId, 0, "http://be.localhost:3000")).token,
    )!;
    const [payload] = token.split(".");
    const retargeted = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(payload, "base64url").toString()),
        userId: theirs.userId,
        tenantId: theirs.tenantId,
      }),
    ).toString("base64url");
    expect(
      (await post(`${retargeted}.${token.split(".")[1]}`, { commitSequence: 9, cmi: { location: "x" } })).status,
    ).toBe(404);
    // An Academy buyer cannot launch the Customs-only package at all.
    const buyer = await scopeOfUser(db.owner, "academy.buyer", "academy");
    await expect(launchSco(buyer, buyer.userId, moduleId, 0, ORIGIN)).rejects.toThrow();
    expect(await attemptRow(attemptId)).toMatchObject({ location: "p1", commitSeq: 1 });

    await db.owner.user.update({ where: { id: learner.userId }, data: { status: "SUSPENDED" } });
    expect((await post(token, { commitSequence: 2, cmi: { location: "p2" } })).status).toBe(404);
    await db.owner.user.update({ where: { id: learner.userId }, data: { status: "ACTIVE" } });
    await db.owner.enrolment.deleteMany({ where: { userId: learner.userId, courseId } });
    expect((await post(token, { commitSequence: 3, cmi: { location: "p3" } })).status).toBe(404);
    expect(await attemptRow(attemptId)).toMatchObject({ location: "p1", commitSeq: 1 });
  });
});

describe("launch tokens bound to the learner's attempt", () => {
  const call = (handler: typeof leaseRoute, url: string, token: string) =>
    handler(new Request(url, { method: "POST" }), { params: Promise.resolve({ token }) });

  it("open the files only while the attempt's lease runs, renewed by the open player, and never for a suspended account, an ended enrolment, another learner or an anonymous visitor", async () => {
    const { moduleId, courseId, learner } = await scormCourse(scorm2004QuizPackage(), "GEN-101");
    const { attemptId, token } = await launchSco(learner, learner.userId, moduleId, 0, ORIGIN);
    const claims = verifyLaunchToken(token)!;
    const file = (t: string) =>
      filesRoute(new Request(`http://content.localhost:3000/files/${t}/quiz/index.html`), {
        params: Promise.resolve({ token: t, path: ["quiz", "index.html"] }),
      });
    expect((await file(token)).status).toBe(200);
    const lease = (await attemptRow(attemptId)).leaseUntil!.getTime();
    expect(lease).toBeGreaterThan(Date.now() + 9 * 60_000);
    expect(lease).toBeLessThanOrEqual(Date.now() + 10 * 60_000);
    expect((await call(leaseRoute, `http://content.localhost:3000/lease/${token}`, token)).status).toBe(204);

    // An anonymous visitor with a made-up address, and another tenant's learner's token changed to name this attempt.
    expect((await file("forged.token")).status).toBe(404);
    expect((await call(leaseRoute, "http://content.localhost:3000/lease/forged.token", "forged.token")).status).toBe(
      404,
    );

    // The window closed ten minutes ago: the address no longer opens anything, and cannot be renewed.
    await db.owner.scormAttempt.update({ where: { id: attemptId }, data: { leaseUntil: new Date(Date.now() - 1000) } });
    expect(await renewLease(claims)).toBe(false);
    expect(await mayReadFiles(claims, `${token}-not-cached`)).toBe(false);
    await expect(startSession(claims)).rejects.toThrow();

    // A new launch opens a new lease; suspending the account or ending the enrolment closes it at once.
    await launchSco(learner, learner.userId, moduleId, 0, ORIGIN);
    expect(await renewLease(claims)).toBe(true);
    await db.owner.user.update({ where: { id: learner.userId }, data: { status: "SUSPENDED" } });
    expect(await renewLease(claims)).toBe(false);
    expect(await mayReadFiles(claims, `${token}-suspended`)).toBe(false);
    await db.owner.user.update({ where: { id: learner.userId }, data: { status: "ACTIVE" } });
    await db.owner.enrolment.deleteMany({ where: { userId: learner.userId, courseId } });
    expect(await renewLease(claims)).toBe(false);
    expect(await mayReadFiles(claims, `${token}-ended`)).toBe(false);
  });
});
