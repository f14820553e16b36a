// Quiz answers submitted on a device and sent when the connection returns (ADR 0050): the submit route as the
// attempt page's script posts them (asking for JSON) and as a form without JavaScript posts them, through the real
// wrapper, use case and database. Only what Next.js and Auth.js give a request is stood in for: its headers and the
// account its session cookie names.
import { POST as submitRoute } from "@/app/api/quiz/attempts/[id]/submit/route";
import { enrolInCourse } from "@/lib/learning/enrol-in-course";
import { attemptForLearner } from "@/lib/quiz/attempt-for-learner";
import { startAttempt } from "@/lib/quiz/start-attempt";
import { submitAttempt } from "@/lib/quiz/submit-attempt";
import { forgetTenant } from "@/lib/tenancy/tenant-cache";
import { scopeOfUser } from "../helpers/scopes";
import { setUpTestDatabase } from "../helpers/test-database";

const mockRequest: { headers: Headers; session: { userId: string; sessionVersion: number } | null } = {
  headers: new Headers(),
  session: null,
};
jest.mock("next/headers", () => ({ headers: async () => mockRequest.headers }));
jest.mock("@/lib/auth/session-token", () => ({ readSessionToken: async () => mockRequest.session }));

const db = setUpTestDatabase({ demoContent: true });
const ROOT = process.env.ROOT_DOMAIN ?? "localhost:3000";
const KEY = "3f0c2a8e-5b7d-4e61-9a2f-0d4c6b8e1a27";
const OTHER_KEY = "9b1e4d2c-7a6f-4c38-8e05-2f3a1b9c6d40";

/** Posts the attempt's form as `username` on the Kenyan space; `json`: as the page's script does. */
async function post(username: string | null, attemptId: string, form: FormData, json = true): Promise<Response> {
  await forgetTenant();
  const host = `ke.${ROOT}`;
  const request = new Request(`http://${host}/api/quiz/attempts/${attemptId}/submit`, {
    method: "POST",
    headers: { host, origin: `http://${host}`, ...(json ? { accept: "application/json" } : {}) },
    body: form,
  });
  mockRequest.headers = request.headers;
  const user = username ? await db.owner.user.findUniqueOrThrow({ where: { username } }) : null;
  mockRequest.session = user ? { userId: user.id, sessionVersion: user.sessionVersion } : null;
  return submitRoute(request, { params: Promise.resolve({ id: attemptId }) });
}

/** The attempt's form with every answer right (read as the server reads them) or every one wrong. */
async function answers(attemptId: string, submission: string, right = true): Promise<FormData> {
  const attempt = await db.owner.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
  const form = new FormData();
  for (const { questionId } of attempt.layout as Array<{ questionId: string }>) {
    const q = await db.owner.quizQuestion.findUniqueOrThrow({ where: { id: questionId } });
    const answer = q.kind === "TRUE_FALSE" ? String(q.answer) : (q.answer as string[])[0];
    form.set(`q.${q.id}`, right ? answer : q.kind === "TRUE_FALSE" ? String(q.answer !== true) : "nowhere");
  }
  form.set("submission", submission);
  return form;
}

async function quizOf(code: string) {
  return db.owner.courseModule.findFirstOrThrow({ where: { kind: "QUIZ", course: { code } } });
}

async function enrolled(username: string, site: string, courseId: string) {
  const scope = await scopeOfUser(db.owner, username, site);
  await enrolInCourse(scope, { id: scope.userId, homeTenantId: scope.homeTenantId }, courseId);
  return scope;
}

const row = (id: string) => db.owner.quizAttempt.findUniqueOrThrow({ where: { id } });

describe("quiz answers submitted from a device (ADR 0050)", () => {
  it("grade the same submission once however often it is sent, and tell another submission it did not count", async () => {
    const quiz = await quizOf("GEN-101");
    const learner = await enrolled("ke.learner", "ke", quiz.courseId);
    const attemptId = await startAttempt(learner, learner.userId, quiz.id);

    const first = await post("ke.learner", attemptId, await answers(attemptId, KEY));
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ scorePercent: 100, passed: true, late: false });
    const graded = await row(attemptId);
    expect(graded.submissionKey).toBe(KEY);

    // The answer was lost on the way back: the device sends the same submission again and hears the same result.
    const again = await post("ke.learner", attemptId, await answers(attemptId, KEY));
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ scorePercent: 100, passed: true, late: false });
    expect(await row(attemptId)).toEqual(graded);
    expect(await db.owner.moduleCompletion.count({ where: { userId: learner.userId, moduleId: quiz.id } })).toBe(1);

    // Another page's or device's answers: refused with the reason, for the script and for a plain form alike.
    const other = await post("ke.learner", attemptId, await answers(attemptId, OTHER_KEY, false));
    expect(other.status).toBe(409);
    expect(await other.json()).toEqual({ refusal: "alreadySubmitted" });
    const plain = await post("ke.learner", attemptId, await answers(attemptId, OTHER_KEY, false), false);
    expect(plain.status).toBe(303);
    expect(plain.headers.get("location")).toBe(`/learn/quiz/attempt/${attemptId}?error=alreadySubmitted`);
    expect(await row(attemptId)).toEqual(graded);
  });

  it("grade once when the same submission arrives twice at the same moment", async () => {
    const quiz = await quizOf("LAB-101");
    const learner = await enrolled("ke.learner", "ke", quiz.courseId);
    const attemptId = await startAttempt(learner, learner.userId, quiz.id);
    const responses = Object.fromEntries(
      [...(await answers(attemptId, KEY)).entries()].flatMap(([name, value]) =>
        name.startsWith("q.") ? [[name.slice(2), String(value)]] : [],
      ),
    );
    const results = await Promise.all([
      submitAttempt(learner, learner.userId, attemptId, responses, KEY),
      submitAttempt(learner, learner.userId, attemptId, responses, KEY),
    ]);
    expect(results[0]).toEqual({ scorePercent: 100, passed: true, late: false });
    expect(results[1]).toEqual(results[0]);
    expect(await db.owner.moduleCompletion.count({ where: { userId: learner.userId, moduleId: quiz.id } })).toBe(1);
  });

  it("count nothing that reaches the server after the time limit, whenever the device says it was answered", async () => {
    const quiz = await quizOf("IPR-101");
    await db.owner.quizSettings.update({ where: { moduleId: quiz.id }, data: { timeLimitMinutes: 10 } });
    const learner = await enrolled("ke.learner", "ke", quiz.courseId);
    const attemptId = await startAttempt(learner, learner.userId, quiz.id);
    // The connection came back eleven minutes later: the deadline passed a minute ago.
    await db.owner.quizAttempt.update({ where: { id: attemptId }, data: { deadline: new Date(Date.now() - 60_000) } });

    const late = await post("ke.learner", attemptId, await answers(attemptId, KEY));
    expect(await late.json()).toEqual({ scorePercent: 0, passed: false, late: true });
    expect((await row(attemptId)).responses).toEqual({});
    expect((await attemptForLearner(learner, learner.userId, attemptId, "en")).late).toBe(true);
    expect(await (await post("ke.learner", attemptId, await answers(attemptId, KEY))).json()).toEqual({
      scorePercent: 0,
      passed: false,
      late: true,
    });
  });

  it("answer 404 and grade nothing when the enrolment ended or nobody is signed in", async () => {
    const quiz = await quizOf("CITES-101");
    const learner = await enrolled("ke.learner", "ke", quiz.courseId);
    const attemptId = await startAttempt(learner, learner.userId, quiz.id);

    expect((await post(null, attemptId, await answers(attemptId, KEY))).status).toBe(404);
    expect((await post("be.learner", attemptId, await answers(attemptId, KEY))).status).toBe(404);
    await db.owner.enrolment.deleteMany({ where: { userId: learner.userId, courseId: quiz.courseId } });
    expect((await post("ke.learner", attemptId, await answers(attemptId, KEY))).status).toBe(404);
    expect((await row(attemptId)).submittedAt).toBeNull();
  });

  it("send a form posted without JavaScript to the attempt's result page", async () => {
    const quiz = await quizOf("TRS-101");
    const learner = await enrolled("ke.learner", "ke", quiz.courseId);
    const attemptId = await startAttempt(learner, learner.userId, quiz.id);
    const plain = await post("ke.learner", attemptId, await answers(attemptId, KEY, false), false);
    expect(plain.status).toBe(303);
    expect(plain.headers.get("location")).toBe(`/learn/quiz/attempt/${attemptId}`);
    expect(await row(attemptId)).toMatchObject({ scorePercent: 0, passed: false, submissionKey: KEY });
  });
});
