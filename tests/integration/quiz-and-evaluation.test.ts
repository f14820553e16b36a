import { loadViewer } from "@/lib/auth/load-viewer";
import { authorOn } from "@/lib/authoring/author";
import { Invalid, NotFound } from "@/lib/errors";
import { evaluationStatus } from "@/lib/learning/evaluation-status";
import { submitEvaluation } from "@/lib/learning/submit-evaluation";
import { enrolInCourse } from "@/lib/learning/enrol-in-course";
import { addQuestion } from "@/lib/quiz/add-question";
import { viewQuizAuthoring } from "@/lib/quiz/view-quiz-authoring";
import { removeQuestion } from "@/lib/quiz/remove-question";
import { saveQuizSettings } from "@/lib/quiz/save-quiz-settings";
import { attemptForLearner } from "@/lib/quiz/attempt-for-learner";
import { quizOverview } from "@/lib/quiz/quiz-overview";
import { startAttempt } from "@/lib/quiz/start-attempt";
import { submitAttempt } from "@/lib/quiz/submit-attempt";
import { courseReport, parseCourseReportFilters } from "@/lib/team/reports/course-report";
import { scopeOfUser } from "../helpers/scopes";
import { siteFor } from "../helpers/sites";
import { setUpTestDatabase } from "../helpers/test-database";
import { managerOf } from "../helpers/managers";

const db = setUpTestDatabase();

async function authorFor(username: string, host: string) {
  const user = await db.owner.user.findUniqueOrThrow({ where: { username } });
  const site = await siteFor(host);
  return authorOn(site, await loadViewer(user.id, user.sessionVersion, site));
}

const settings = { drawCount: 2, shuffle: true, timeLimitMinutes: null, maxAttempts: 2, passPercent: 60, review: true };
const QUESTIONS = [
  {
    locale: "en",
    kind: "SINGLE_CHOICE",
    prompt: "Which body administers the HS?",
    lines: "*WCO\nWTO\nUNCTAD",
    points: 1,
  },
  {
    locale: "en",
    kind: "TRUE_FALSE",
    prompt: "Origin decides the duty rate of preferential trade.",
    lines: "",
    truth: "true",
    points: 1,
  },
  {
    locale: "en",
    kind: "MATCHING",
    prompt: "Match the term.",
    lines: "Wholly obtained = Minerals extracted in a country\nSubstantial transformation = A change of tariff heading",
    points: 1,
  },
];

async function quizSetUp(code = "ORI-101") {
  const author = await authorFor("wco.admin", "root");
  const quiz = await db.owner.courseModule.findFirstOrThrow({ where: { kind: "QUIZ", course: { code } } });
  await saveQuizSettings(author, quiz.courseId, quiz.id, settings);
  for (const question of QUESTIONS) await addQuestion(author, quiz.courseId, quiz.id, question);
  return { author, quiz };
}

async function learner(username: string, host: string | undefined, courseId: string) {
  const scope = await scopeOfUser(db.owner, username, host);
  await enrolInCourse(scope, { id: scope.userId, homeTenantId: scope.homeTenantId }, courseId);
  return scope;
}

// The right answers, read as the server reads them (the learner's browser never can).
async function rightAnswers(attemptId: string) {
  const attempt = await db.owner.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
  const layout = attempt.layout as Array<{ questionId: string; tokens?: Array<{ token: string; pairId: string }> }>;
  const responses: Record<string, string | Record<string, string>> = {};
  for (const item of layout) {
    const q = await db.owner.quizQuestion.findUniqueOrThrow({ where: { id: item.questionId } });
    if (q.kind === "SINGLE_CHOICE") responses[q.id] = (q.answer as string[])[0];
    if (q.kind === "TRUE_FALSE") responses[q.id] = String(q.answer);
    if (q.kind === "MATCHING") responses[q.id] = Object.fromEntries(item.tokens!.map((t) => [t.pairId, t.token]));
  }
  return responses;
}

describe("quizzes", () => {
  it("keep their bank to their course's authors and refuse questions that cannot be graded", async () => {
    const { author, quiz } = await quizSetUp();
    const bank = await viewQuizAuthoring(author, quiz.courseId, quiz.id);
    expect(bank.settings).toMatchObject(settings);
    expect(bank.slots.map((s) => s.question?.kind)).toEqual(["SINGLE_CHOICE", "TRUE_FALSE", "MATCHING"]);
    await expect(addQuestion(author, quiz.courseId, quiz.id, { ...QUESTIONS[0], lines: "*A\n*B" })).rejects.toEqual(
      new Invalid({ lines: "oneCorrectChoice" }),
    );
    await expect(
      addQuestion(author, quiz.courseId, quiz.id, { ...QUESTIONS[2], lines: "only one = pair" }),
    ).rejects.toEqual(new Invalid({ lines: "pairsFormat" }));
    await expect(saveQuizSettings(author, quiz.courseId, quiz.id, { ...settings, passPercent: 120 })).rejects.toEqual(
      new Invalid({ passPercent: "passPercentFormat" }),
    );
    const kenyan = await authorFor("ke.coordinator", "ke");
    await expect(viewQuizAuthoring(kenyan, quiz.courseId, quiz.id)).rejects.toBeInstanceOf(NotFound);
    await expect(addQuestion(kenyan, quiz.courseId, quiz.id, QUESTIONS[0])).rejects.toBeInstanceOf(NotFound);
    await expect(removeQuestion(kenyan, quiz.courseId, bank.slots[0].question!.id)).rejects.toBeInstanceOf(NotFound);
    expect(await db.owner.quizSlot.count({ where: { moduleId: quiz.id } })).toBe(3);
    expect(await db.owner.quizQuestion.count({ where: { courseId: quiz.courseId } })).toBe(3);
  });

  it("draw questions per attempt, never show the answers before the review, grade on the server, and complete the module when passed", async () => {
    const quiz = await db.owner.courseModule.findFirstOrThrow({ where: { kind: "QUIZ", course: { code: "ORI-101" } } });
    const kenyan = await learner("ke.learner", "ke", quiz.courseId);
    expect((await quizOverview(kenyan, kenyan.userId, quiz.id, "en")).settings.questionCount).toBe(2);

    const first = await startAttempt(kenyan, kenyan.userId, quiz.id);
    expect(await startAttempt(kenyan, kenyan.userId, quiz.id)).toBe(first);
    const shown = await attemptForLearner(kenyan, kenyan.userId, first, "en");
    expect(shown.questions).toHaveLength(2);
    const sent = JSON.stringify(shown);
    expect(sent).not.toContain("answer");
    expect(shown.questions.every((q) => q.review === undefined)).toBe(true);
    // Matching: the right-hand texts come under tokens of this attempt, never under their pair's id.
    const pairIds = (
      await db.owner.quizQuestion.findMany({ where: { courseId: quiz.courseId, kind: "MATCHING" } })
    ).flatMap((q) => q.answer as string[]);
    for (const question of shown.questions)
      for (const right of question.pairs?.right ?? []) expect(pairIds).not.toContain(right.token);

    const belgian = await learner("be.learner", "be", quiz.courseId);
    await expect(submitAttempt(belgian, belgian.userId, first, {})).rejects.toBeInstanceOf(NotFound);
    await expect(attemptForLearner(belgian, belgian.userId, first, "en")).rejects.toBeInstanceOf(NotFound);

    expect(await submitAttempt(kenyan, kenyan.userId, first, {})).toMatchObject({ scorePercent: 0, passed: false });
    expect(await submitAttempt(kenyan, kenyan.userId, first, await rightAnswers(first))).toMatchObject({
      scorePercent: 0,
      passed: false,
    });
    const review = await attemptForLearner(kenyan, kenyan.userId, first, "en");
    expect(review.questions.every((q) => q.review && !q.review.correct && q.review.answer.length > 0)).toBe(true);

    const second = await startAttempt(kenyan, kenyan.userId, quiz.id);
    expect(await submitAttempt(kenyan, kenyan.userId, second, await rightAnswers(second))).toMatchObject({
      scorePercent: 100,
      passed: true,
    });
    expect(await db.owner.moduleCompletion.count({ where: { userId: kenyan.userId, moduleId: quiz.id } })).toBe(1);
    await expect(startAttempt(kenyan, kenyan.userId, quiz.id)).rejects.toEqual(
      new Invalid({ quiz: "quizAlreadyPassed" }),
    );

    // The Belgian learner fails twice: no third attempt.
    for (let i = 0; i < 2; i++)
      await submitAttempt(belgian, belgian.userId, await startAttempt(belgian, belgian.userId, quiz.id), {});
    await expect(startAttempt(belgian, belgian.userId, quiz.id)).rejects.toEqual(
      new Invalid({ quiz: "noAttemptsLeft" }),
    );
    expect((await quizOverview(belgian, belgian.userId, quiz.id, "en")).canStart).toBe(false);
  });

  it("follow their course's audience, like every copy of it", async () => {
    const quiz = await db.owner.courseModule.findFirstOrThrow({ where: { kind: "QUIZ", course: { code: "ORI-101" } } });
    await db.owner.course.update({ where: { id: quiz.courseId }, data: { audience: "CUSTOMS_ONLY" } });
    const copies = await Promise.all([
      db.owner.quizQuestion.findMany({ where: { courseId: quiz.courseId }, select: { audience: true } }),
      db.owner.quizQuestionVersion.findMany({ where: { courseId: quiz.courseId }, select: { audience: true } }),
      db.owner.quizSlot.findMany({ where: { moduleId: quiz.id }, select: { audience: true } }),
      db.owner.quizSettings.findMany({ where: { moduleId: quiz.id }, select: { audience: true } }),
      db.owner.courseSection.findMany({ where: { courseId: quiz.courseId }, select: { audience: true } }),
      db.owner.courseTranslation.findMany({ where: { courseId: quiz.courseId }, select: { audience: true } }),
    ]);
    expect(copies.flat().length).toBeGreaterThan(4);
    expect(new Set(copies.flat().map((c) => c.audience))).toEqual(new Set(["CUSTOMS_ONLY"]));
    await db.owner.course.update({ where: { id: quiz.courseId }, data: { audience: "PUBLIC" } });
  });

  it("count nothing sent after the time limit", async () => {
    const { author, quiz } = await quizSetUp("VAL-101");
    await saveQuizSettings(author, quiz.courseId, quiz.id, { ...settings, timeLimitMinutes: 5 });
    const russian = await learner("ru.learner", undefined, quiz.courseId);
    const attemptId = await startAttempt(russian, russian.userId, quiz.id);
    expect((await db.owner.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).deadline).toBeInstanceOf(Date);
    await db.owner.quizAttempt.update({ where: { id: attemptId }, data: { deadline: new Date(Date.now() - 60_000) } });
    expect(await submitAttempt(russian, russian.userId, attemptId, await rightAnswers(attemptId))).toEqual({
      scorePercent: 0,
      passed: false,
      late: true,
    });
  });
});

describe("course evaluation and completion", () => {
  it("takes the feedback form once, and completes the course with its grade when every required module is done", async () => {
    const { quiz } = await quizSetUp("TFA-101");
    const evaluation = await db.owner.courseModule.findFirstOrThrow({
      where: { kind: "EVALUATION", courseId: quiz.courseId },
    });
    await db.owner.courseModule.updateMany({
      where: { courseId: quiz.courseId, id: { notIn: [quiz.id, evaluation.id] } },
      data: { required: false },
    });
    const kenyan = await learner("ke.learner", "ke", quiz.courseId);
    const outsider = await scopeOfUser(db.owner, "be.learner", "be");
    await expect(
      submitEvaluation(outsider, outsider.userId, evaluation.id, {
        content: 5,
        usefulness: 5,
        recommend: 5,
        comments: "",
      }),
    ).rejects.toBeInstanceOf(NotFound);

    const attemptId = await startAttempt(kenyan, kenyan.userId, quiz.id);
    const answers = await rightAnswers(attemptId);
    delete answers[Object.keys(answers)[0]];
    const result = await submitAttempt(kenyan, kenyan.userId, attemptId, answers);
    expect(result).toMatchObject({ scorePercent: 50, passed: false });
    const retry = await startAttempt(kenyan, kenyan.userId, quiz.id);
    expect((await submitAttempt(kenyan, kenyan.userId, retry, await rightAnswers(retry))).passed).toBe(true);

    await expect(
      submitEvaluation(kenyan, kenyan.userId, evaluation.id, { content: 0, usefulness: 5, recommend: 5, comments: "" }),
    ).rejects.toEqual(new Invalid({ content: "ratingRequired" }));
    expect((await evaluationStatus(kenyan, kenyan.userId, evaluation.id, "en")).sentAt).toBeNull();
    expect(
      await submitEvaluation(kenyan, kenyan.userId, evaluation.id, {
        content: "4",
        usefulness: 5,
        recommend: 5,
        comments: "Clear and practical.",
      }),
    ).toEqual({ progressPercent: 100, completedNow: true });
    await expect(
      submitEvaluation(kenyan, kenyan.userId, evaluation.id, { content: 4, usefulness: 5, recommend: 5, comments: "" }),
    ).rejects.toEqual(new Invalid({ form: "evaluationAlreadySent" }));
    const enrolment = await db.owner.enrolment.findFirstOrThrow({
      where: { userId: kenyan.userId, courseId: quiz.courseId },
    });
    expect(enrolment).toMatchObject({ status: "COMPLETED", progressPercent: 100, grade: 100 });
  });
});

describe("the grade at completion", () => {
  it("is recorded for a quiz that kept its default settings, and shown in the NC - Course Report", async () => {
    const author = await authorFor("wco.admin", "root");
    // A core course the Kenyan learner has not followed yet in this file (earlier tests pass TFA-101's quiz).
    const quiz = await db.owner.courseModule.findFirstOrThrow({
      where: {
        kind: "QUIZ",
        course: {
          isCore: true,
          status: "PUBLISHED",
          selfEnrolment: true,
          enrolments: { none: { user: { username: "ke.learner" } } },
        },
      },
      include: { course: { select: { code: true } } },
      orderBy: { course: { code: "asc" } },
    });
    // Default settings: no settings row was ever saved for this quiz.
    await db.owner.quizSettings.deleteMany({ where: { moduleId: quiz.id } });
    for (const question of QUESTIONS) await addQuestion(author, quiz.courseId, quiz.id, question);
    await db.owner.courseModule.updateMany({
      where: { courseId: quiz.courseId, id: { not: quiz.id } },
      data: { required: false },
    });
    const kenyan = await learner("ke.learner", "ke", quiz.courseId);
    const attemptId = await startAttempt(kenyan, kenyan.userId, quiz.id);
    expect((await submitAttempt(kenyan, kenyan.userId, attemptId, await rightAnswers(attemptId))).passed).toBe(true);

    const enrolment = await db.owner.enrolment.findFirstOrThrow({
      where: { userId: kenyan.userId, courseId: quiz.courseId },
    });
    expect(enrolment).toMatchObject({ status: "COMPLETED", grade: 100 });
    const manager = await managerOf(db.owner, "ke.coordinator");
    const report = await courseReport(manager, parseCourseReportFilters({ course: quiz.course.code }), 1);
    expect(report.rows.find((row) => row.firstName === "Amina")).toMatchObject({ grade: 100 });
  });
});
