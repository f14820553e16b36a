// SCORM attempts against PostgreSQL, each rule read back from the stored records: a finished attempt is reviewed
// (mode "review", credit "no-credit", its commits change nothing), the next one starts ab-initio when the author's
// settings allow it, the limit is kept on the server, the module's result follows the grading method, and the
// certificate exists only when the graded result passes. Another tenant's users, a visitor and an Academy buyer
// reach none of it.
import { loadViewer } from "@/lib/auth/load-viewer";
import { authorOn } from "@/lib/authoring/author";
import { scormSettingsForAuthor } from "@/lib/authoring/get-scorm-settings";
import { saveScormSettings } from "@/lib/authoring/save-scorm-settings";
import { getCourse } from "@/lib/catalogue/get-course";
import { Invalid, NotFound } from "@/lib/errors";
import { commitAttempt, launchSco } from "@/lib/scorm/attempts";
import { verifyLaunchToken } from "@/lib/scorm/launch-token";
import { startNewAttempt } from "@/lib/scorm/start-attempt";
import { startSession } from "@/lib/scorm/start-session";
import { POST as commitRoute } from "@/app/content/commit/[token]/route";
import { scorm12QuizPackage, scorm2004QuizPackage } from "../helpers/scorm-fixtures";
import { anonymousScope, scopeOfUser } from "../helpers/scopes";
import {
  scormCourse as courseWithPackage,
  LEARNER_ORIGIN,
  rootAuthor as authorOfCore,
  type ScormLearner,
} from "../helpers/scorm-course";
import { siteFor } from "../helpers/sites";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase();
jest.setTimeout(30_000);
const ORIGIN = LEARNER_ORIGIN;
const rootAuthor = () => authorOfCore(db.owner);
const scormCourse = (zip: Uint8Array, code: string, settings?: Record<string, unknown>) =>
  courseWithPackage(db.owner, zip, code, settings);
type Learner = ScormLearner;
const attemptsOf = (userId: string, moduleId: string) =>
  db.owner.scormAttempt.findMany({
    where: { userId, sco: { package: { moduleId } } },
    orderBy: { number: "asc" },
  });
const certificate = (userId: string, courseId: string) =>
  db.owner.certificate.findFirst({ where: { userId, courseId } });
const completed = (userId: string, moduleId: string) =>
  db.owner.moduleCompletion.count({ where: { userId, moduleId } });

/** SCORM 1.2 quiz (mastery score 80): one session that submits `raw` points and finishes. */
async function play12(learner: Learner, moduleId: string, raw: number) {
  const launch = await launchSco(learner, learner.userId, moduleId, 0, ORIGIN);
  const outcome = await commitAttempt(learner, learner.userId, launch.attemptId, {
    commitSequence: launch.commitSeq + 1,
    final: true,
    cmi: { core: { lesson_status: "completed", score: { raw: String(raw) }, exit: "" } },
    session: { id: `session-${launch.attemptId}`, measuredSeconds: 60 },
  });
  return { launch, outcome };
}

const again = async (learner: Learner, moduleId: string) => {
  const launch = await launchSco(learner, learner.userId, moduleId, 0, ORIGIN);
  return startNewAttempt(learner, learner.userId, moduleId, launch.attemptId);
};

describe("a failed attempt, retried within the limit", () => {
  it("is reviewed with no-credit and keeps its record; the next attempt starts ab-initio; the third is refused on the server", async () => {
    const { moduleId, courseId, learner } = await scormCourse(scorm12QuizPackage(), "SAFE-101", {
      maxAttempts: 2,
      grading: "HIGHEST",
      newAttemptAfterCompletion: false,
    });
    const first = await play12(learner, moduleId, 40);
    expect(first.launch.attempt).toMatchObject({ number: 1, limit: 2, review: false, grading: "HIGHEST" });
    expect(first.outcome).toMatchObject({ stored: true, moduleCompleted: false });

    // The next launch reviews the failed attempt: review mode, no credit, and what it commits is ignored.
    const review = await launchSco(learner, learner.userId, moduleId, 0, ORIGIN);
    expect(review.attemptId).toBe(first.launch.attemptId);
    expect(review.attempt).toMatchObject({ number: 1, review: true, mayStartNew: true });
    const claims = verifyLaunchToken(review.token)!;
    expect(claims.review).toBe(true);
    const reviewSession = await startSession(claims);
    expect(reviewSession.review).toBe(true);
    expect(reviewSession.cmi).toMatchObject({ core: { credit: "no-credit", lesson_mode: "review" } });
    const before = (await attemptsOf(learner.userId, moduleId))[0];
    const answer = await commitRoute(
      new Request(`http://content.localhost:3000/commit/${review.token}`, {
        method: "POST",
        body: JSON.stringify({
          commitSequence: before.commitSeq + 1,
          final: true,
          cmi: { core: { lesson_status: "passed", score: { raw: "100" } } },
          session: { id: "review-session", measuredSeconds: 5 },
        }),
      }),
      { params: Promise.resolve({ token: review.token }) },
    );
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ result: true, stored: false });
    const after = (await attemptsOf(learner.userId, moduleId))[0];
    expect(after).toMatchObject({
      commitSeq: before.commitSeq,
      completionStatus: "failed",
      scoreRaw: 40,
      totalSeconds: 60,
    });
    expect(after.cmi).toEqual(before.cmi);
    expect(await certificate(learner.userId, courseId)).toBeNull();

    // A second attempt, from nothing: ab-initio, normal, credit.
    expect(await startNewAttempt(learner, learner.userId, moduleId, first.launch.attemptId)).toBe(0);
    const second = await launchSco(learner, learner.userId, moduleId, 0, ORIGIN);
    expect(second.attemptId).not.toBe(first.launch.attemptId);
    expect(second.attempt).toMatchObject({ number: 2, limit: 2, review: false, mayStartNew: false });
    expect((await startSession(verifyLaunchToken(second.token)!)).cmi).toMatchObject({
      core: { entry: "ab-initio", credit: "credit", lesson_mode: "normal", lesson_status: "not attempted" },
    });
    // Not over yet: no third attempt.
    await expect(startNewAttempt(learner, learner.userId, moduleId, second.attemptId)).rejects.toEqual(
      new Invalid({ attempt: "attemptNotOver" }),
    );
    const failedAgain = await commitAttempt(learner, learner.userId, second.attemptId, {
      commitSequence: 1,
      final: true,
      cmi: { core: { lesson_status: "completed", score: { raw: "60" }, exit: "" } },
    });
    expect(failedAgain).toMatchObject({ stored: true, moduleCompleted: false });
    const last = await launchSco(learner, learner.userId, moduleId, 0, ORIGIN);
    expect(last.attempt).toMatchObject({ number: 2, review: true, mayStartNew: false });
    await expect(startNewAttempt(learner, learner.userId, moduleId, second.attemptId)).rejects.toEqual(
      new Invalid({ attempt: "noNewAttempt" }),
    );
    expect((await attemptsOf(learner.userId, moduleId)).map((a) => [a.number, a.completionStatus, a.scoreRaw])).toEqual(
      [
        [1, "failed", 40],
        [2, "failed", 60],
      ],
    );
    expect(await completed(learner.userId, moduleId)).toBe(0);
    expect(await certificate(learner.userId, courseId)).toBeNull();
    // The course page: the graded result (highest: 60) and the attempt against the limit.
    const page = (await getCourse(learner, "en", courseId, learner.userId)).modules.find((m) => m.id === moduleId)!;
    expect(page.attempts).toEqual({ number: 2, limit: 2, grading: "HIGHEST" });
    expect(page.scorm).toMatchObject([{ completionStatus: "failed", scorePercent: 60, totalSeconds: 60 }]);
  });

  it("a suspended attempt is resumed, not reviewed, even when its score so far fails", async () => {
    const { moduleId, learner } = await scormCourse(scorm2004QuizPackage(), "DM-101");
    const launch = await launchSco(learner, learner.userId, moduleId, 0, ORIGIN);
    await commitAttempt(learner, learner.userId, launch.attemptId, {
      commitSequence: 1,
      final: true,
      cmi: { completion_status: "incomplete", score: { scaled: "0.2" }, exit: "suspend" },
    });
    expect((await attemptsOf(learner.userId, moduleId))[0]).toMatchObject({ successStatus: "failed" });
    const resumed = await launchSco(learner, learner.userId, moduleId, 0, ORIGIN);
    expect(resumed.attemptId).toBe(launch.attemptId);
    expect(resumed.attempt).toMatchObject({ number: 1, review: false, mayStartNew: false });
    expect((await startSession(verifyLaunchToken(resumed.token)!)).cmi).toMatchObject({
      entry: "resume",
      credit: "credit",
      mode: "normal",
    });
  });
});

describe("after completion", () => {
  it("a passed attempt is only reviewed unless the author allows new attempts; a stale normal launch records nothing", async () => {
    const { moduleId, courseId, learner, author } = await scormCourse(scorm12QuizPackage(), "CBM-101");
    const first = await play12(learner, moduleId, 100);
    expect(first.outcome).toMatchObject({ moduleCompleted: true });
    expect(await certificate(learner.userId, courseId)).not.toBeNull();
    const review = await launchSco(learner, learner.userId, moduleId, 0, ORIGIN);
    expect(review.attempt).toMatchObject({ review: true, mayStartNew: false, limit: null });
    await expect(startNewAttempt(learner, learner.userId, moduleId, review.attemptId)).rejects.toBeInstanceOf(Invalid);

    // The launch token of the session that passed, opened again: a new session, ignored.
    const stale = await startSession(verifyLaunchToken(first.launch.token)!);
    expect(stale.review).toBe(true);
    expect(
      await commitAttempt(learner, learner.userId, first.launch.attemptId, {
        commitSequence: 9,
        final: true,
        cmi: { core: { lesson_status: "failed", score: { raw: "0" } } },
        session: { id: "another-session", measuredSeconds: 1 },
      }),
    ).toMatchObject({ stored: false });
    expect((await attemptsOf(learner.userId, moduleId))[0]).toMatchObject({
      completionStatus: "passed",
      scoreRaw: 100,
    });

    await saveScormSettings(author, courseId, moduleId, {
      maxAttempts: 3,
      grading: "LAST",
      newAttemptAfterCompletion: true,
    });
    expect((await launchSco(learner, learner.userId, moduleId, 0, ORIGIN)).attempt).toMatchObject({
      number: 1,
      limit: 3,
      review: true,
      mayStartNew: true,
      grading: "LAST",
    });
    await again(learner, moduleId);
    expect((await attemptsOf(learner.userId, moduleId)).map((a) => a.number)).toEqual([1, 2]);
  });
});

describe("grading methods decide the module's result and the certificate", () => {
  const play = async (code: string, grading: string, scores: number[]) => {
    const { moduleId, courseId, learner } = await scormCourse(scorm12QuizPackage(), code, {
      maxAttempts: null,
      grading,
      newAttemptAfterCompletion: true,
    });
    for (const [i, raw] of scores.entries()) {
      if (i > 0) await again(learner, moduleId);
      await play12(learner, moduleId, raw);
    }
    const page = (await getCourse(learner, "en", courseId, learner.userId)).modules.find((m) => m.id === moduleId)!;
    return {
      result: page.scorm[0],
      attempts: page.attempts,
      completed: await completed(learner.userId, moduleId),
      certificate: await certificate(learner.userId, courseId),
    };
  };

  it("first: a failed first attempt stays the result, and later passes earn no certificate", async () => {
    const first = await play("RM-101", "FIRST", [20, 100]);
    expect(first.result).toMatchObject({ completionStatus: "failed", scorePercent: 20 });
    expect(first.attempts).toEqual({ number: 2, limit: null, grading: "FIRST" });
    expect(first.completed).toBe(0);
    expect(first.certificate).toBeNull();
  });

  it("highest: the pass after a failure completes the course, graded by the best score", async () => {
    const highest = await play("PCA-101", "HIGHEST", [20, 90, 60]);
    expect(highest.result).toMatchObject({ completionStatus: "passed", scorePercent: 90 });
    expect(highest.completed).toBe(1);
    expect(highest.certificate).toMatchObject({ grade: 90 });
  });

  it("last: the latest finished attempt is the result", async () => {
    const last = await play("INT-101", "LAST", [60, 40]);
    expect(last.result).toMatchObject({ completionStatus: "failed", scorePercent: 40 });
    expect(last.certificate).toBeNull();
  });

  it("average: the mean score against the mastery score decides (60 and 100: 80, passed; 40 and 100: 70, failed)", async () => {
    const average = await play("IPR-101", "AVERAGE", [60, 100]);
    expect(average.result).toMatchObject({ completionStatus: "passed", successStatus: "passed", scorePercent: 80 });
    expect(average.certificate).toMatchObject({ grade: 80 });
    const short = await play("ECOM-101", "AVERAGE", [40, 100]);
    expect(short.result).toMatchObject({ completionStatus: "failed", scorePercent: 70 });
    expect(short.completed).toBe(0);
    expect(short.certificate).toBeNull();
  });
});

describe("settings and attempts of others", () => {
  it("authors get field messages for invalid settings; another administration's author cannot read or change them", async () => {
    const author = await rootAuthor();
    const target = await db.owner.courseModule.findFirstOrThrow({
      where: { kind: "SCORM", course: { code: "TRS-101" } },
    });
    await expect(
      saveScormSettings(author, target.courseId, target.id, {
        maxAttempts: 0,
        grading: "BEST",
        newAttemptAfterCompletion: false,
      }),
    ).rejects.toEqual(new Invalid({ maxAttempts: "maxAttemptsFormat", grading: "gradingMethod" }));
    expect(await scormSettingsForAuthor(author, target.courseId, target.id)).toMatchObject({
      settings: { maxAttempts: null, grading: "HIGHEST", newAttemptAfterCompletion: false },
    });
    const site = await siteFor("be");
    const coordinator = await db.owner.user.findUniqueOrThrow({ where: { username: "be.coordinator" } });
    const belgian = authorOn(site, await loadViewer(coordinator.id, coordinator.sessionVersion, site));
    await expect(scormSettingsForAuthor(belgian, target.courseId, target.id)).rejects.toBeInstanceOf(NotFound);
    await expect(
      saveScormSettings(belgian, target.courseId, target.id, {
        maxAttempts: 1,
        grading: "LAST",
        newAttemptAfterCompletion: true,
      }),
    ).rejects.toBeInstanceOf(NotFound);
    expect(await db.owner.scormSettings.count({ where: { moduleId: target.id } })).toBe(0);
  });

  it("another tenant's learner, another learner of the same administration, a visitor and an Academy buyer cannot start an attempt: 404, nothing created", async () => {
    const { moduleId, learner } = await scormCourse(scorm12QuizPackage(), "TFA-101", {
      maxAttempts: null,
      grading: "HIGHEST",
      newAttemptAfterCompletion: true,
    });
    const { launch } = await play12(learner, moduleId, 20);
    const others: Array<
      [Awaited<ReturnType<typeof scopeOfUser>> | Awaited<ReturnType<typeof anonymousScope>>, string]
    > = [];
    for (const [username, site] of [
      ["be.learner", "be"],
      ["ke.coordinator", "ke"],
      ["academy.buyer", "academy"],
    ] as const) {
      const scope = await scopeOfUser(db.owner, username, site);
      others.push([scope, scope.userId]);
    }
    const visitor = await anonymousScope(db.owner, "ke");
    for (const [scope, userId] of [...others, [visitor, learner.userId] as const]) {
      await expect(startNewAttempt(scope, userId, moduleId, launch.attemptId)).rejects.toBeInstanceOf(NotFound);
    }
    for (const [scope, userId] of others)
      await expect(
        commitAttempt(scope, userId, launch.attemptId, { commitSequence: 99, final: true, cmi: { core: {} } }),
      ).rejects.toBeInstanceOf(NotFound);
    expect((await attemptsOf(learner.userId, moduleId)).map((a) => [a.number, a.commitSeq, a.scoreRaw])).toEqual([
      [1, 1, 20],
    ]);
    // Her own request still works.
    await startNewAttempt(learner, learner.userId, moduleId, launch.attemptId);
    expect(
      await db.owner.scormAttempt.count({ where: { userId: learner.userId, sco: { package: { moduleId } } } }),
    ).toBe(2);
  });
});
