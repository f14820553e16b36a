import { loadViewer } from "@/lib/auth/load-viewer";
import { authorOn, type Author } from "@/lib/authoring/author";
import { Invalid, NotFound } from "@/lib/errors";
import { enrolInCourse } from "@/lib/learning/enrol-in-course";
import { addBankQuestion } from "@/lib/quiz/add-bank-question";
import { addCategory } from "@/lib/quiz/add-category";
import { addQuestion } from "@/lib/quiz/add-question";
import { addRandomDraw } from "@/lib/quiz/add-random-draw";
import { attemptForLearner } from "@/lib/quiz/attempt-for-learner";
import { editQuestion } from "@/lib/quiz/edit-question";
import { importQuestions } from "@/lib/quiz/import-questions";
import { quizOverview } from "@/lib/quiz/quiz-overview";
import { removeQuestion } from "@/lib/quiz/remove-question";
import { removeSlot } from "@/lib/quiz/remove-slot";
import { saveQuizSettings } from "@/lib/quiz/save-quiz-settings";
import { startAttempt } from "@/lib/quiz/start-attempt";
import { submitAttempt } from "@/lib/quiz/submit-attempt";
import { viewQuestionBank } from "@/lib/quiz/view-question-bank";
import { viewQuizAuthoring } from "@/lib/quiz/view-quiz-authoring";
import { giftQuestions } from "../helpers/quiz-import-files";
import { scopeOfUser } from "../helpers/scopes";
import { siteFor } from "../helpers/sites";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase();

async function viewerOn(username: string, host: string) {
  const user = await db.owner.user.findUniqueOrThrow({ where: { username } });
  const site = await siteFor(host);
  return { site, viewer: await loadViewer(user.id, user.sessionVersion, site) };
}

async function authorFor(username: string, host: string) {
  const { site, viewer } = await viewerOn(username, host);
  return authorOn(site, viewer);
}

const SETTINGS = {
  drawCount: null,
  shuffle: false,
  timeLimitMinutes: null,
  maxAttempts: null,
  passPercent: 100,
  review: true,
};
const choice = (prompt: string, lines = "*WCO\nWTO") => ({
  locale: "en",
  kind: "SINGLE_CHOICE",
  prompt,
  lines,
  points: 1,
});

/** A course with two quiz modules (the second added to its outline here). */
async function twoQuizzes(code: string) {
  const author = await authorFor("wco.admin", "root");
  const first = await db.owner.courseModule.findFirstOrThrow({ where: { kind: "QUIZ", course: { code } } });
  const last = await db.owner.courseModule.aggregate({ where: { courseId: first.courseId }, _max: { position: true } });
  const second = await db.owner.courseModule.create({
    data: {
      tenantId: first.tenantId,
      courseId: first.courseId,
      sectionId: first.sectionId,
      audience: first.audience,
      position: (last._max.position ?? 0) + 1,
      kind: "QUIZ",
      title: { en: "Final test" },
    },
  });
  for (const quiz of [first, second]) await saveQuizSettings(author, first.courseId, quiz.id, SETTINGS);
  return { author, courseId: first.courseId, first: first.id, second: second.id };
}

async function bankIds(author: Author, courseId: string) {
  return (await viewQuestionBank(author, courseId)).questions.map((q) => q.id);
}

async function learnerIn(username: string, host: string, courseId: string) {
  const scope = await scopeOfUser(db.owner, username, host);
  await enrolInCourse(scope, { id: scope.userId, homeTenantId: scope.homeTenantId }, courseId);
  return scope;
}

describe("a course's question bank", () => {
  it("shares a question between two quizzes: an edit reaches both, attempts already answered keep their version", async () => {
    const { author, courseId, first, second } = await twoQuizzes("ORI-101");
    await addQuestion(author, courseId, first, choice("Which body administers the HS?"));
    const [questionId] = await bankIds(author, courseId);
    await addBankQuestion(author, courseId, second, questionId);
    await expect(addBankQuestion(author, courseId, second, questionId)).rejects.toEqual(
      new Invalid({ questionId: "questionInQuiz" }),
    );

    const learner = await learnerIn("ke.learner", "ke", courseId);
    const answered = await startAttempt(learner, learner.userId, first);
    const [shown] = (await attemptForLearner(learner, learner.userId, answered, "en")).questions;
    await submitAttempt(learner, learner.userId, answered, { [questionId]: shown.choices[0].id }); // "WCO": right
    const open = await startAttempt(learner, learner.userId, second);

    // The author corrects the question: WTO is now the right answer, and the prompt says more.
    await editQuestion(
      author,
      courseId,
      questionId,
      choice("Which body administers the Harmonized System?", "WCO\n*WTO"),
    );
    for (const moduleId of [first, second]) {
      const view = await viewQuizAuthoring(author, courseId, moduleId);
      expect(view.slots.map((s) => s.question?.prompt)).toEqual([
        { en: "Which body administers the Harmonized System?" },
      ]);
    }
    const usage = (await viewQuestionBank(author, courseId)).questions[0].usedIn;
    expect(usage).toEqual([expect.any(Object), { en: "Final test" }]);

    // The answered attempt still shows and grades what was asked.
    const review = await attemptForLearner(learner, learner.userId, answered, "en");
    expect(review.questions[0]).toMatchObject({ prompt: "Which body administers the HS?", review: { correct: true } });
    expect(review.scorePercent).toBe(100);
    // The attempt started before the edit is graded by the version it shows.
    const openShown = (await attemptForLearner(learner, learner.userId, open, "en")).questions[0];
    expect(openShown.prompt).toBe("Which body administers the HS?");
    expect(await submitAttempt(learner, learner.userId, open, { [questionId]: openShown.choices[0].id })).toMatchObject(
      {
        scorePercent: 100,
      },
    );
    // A new attempt asks the edited question.
    const other = await learnerIn("be.learner", "be", courseId);
    const fresh = await startAttempt(other, other.userId, first);
    const freshShown = (await attemptForLearner(other, other.userId, fresh, "en")).questions[0];
    expect(freshShown.prompt).toBe("Which body administers the Harmonized System?");
    expect(await submitAttempt(other, other.userId, fresh, { [questionId]: freshShown.choices[0].id })).toMatchObject({
      scorePercent: 0,
    });

    // Removing it from the bank takes it out of both quizzes; the answered attempts keep their review.
    await removeQuestion(author, courseId, questionId);
    expect(await db.owner.quizSlot.count({ where: { moduleId: { in: [first, second] } } })).toBe(0);
    expect((await attemptForLearner(learner, learner.userId, answered, "en")).questions[0].prompt).toBe(
      "Which body administers the HS?",
    );
  });

  it("draws the asked number of questions at random from a category, never one the quiz already asks", async () => {
    const { author, courseId, first, second } = await twoQuizzes("VAL-101");
    await addCategory(author, courseId, { name: "Valuation methods" });
    await expect(addCategory(author, courseId, { name: "Valuation methods" })).rejects.toEqual(
      new Invalid({ name: "categoryExists" }),
    );
    const [category] = (await viewQuestionBank(author, courseId)).categories;
    await importQuestions(author, courseId, {
      format: "gift",
      locale: "en",
      source: giftQuestions(6),
      categoryId: category.id,
    });
    const inCategory = await bankIds(author, courseId);
    expect(inCategory).toHaveLength(6);
    await addQuestion(author, courseId, first, choice("Chosen and also in the category", "*A\nB"));
    const chosen = (await bankIds(author, courseId)).find((id) => !inCategory.includes(id))!;
    await db.owner.quizQuestion.update({ where: { id: chosen }, data: { categoryId: category.id } });
    await addRandomDraw(author, courseId, first, { categoryId: category.id, drawCount: 3 });
    await addRandomDraw(author, courseId, second, { categoryId: category.id, drawCount: 10 });
    await expect(addRandomDraw(author, courseId, first, { categoryId: category.id, drawCount: 0 })).rejects.toEqual(
      new Invalid({ drawCount: "wholeNumber" }),
    );

    const learner = await learnerIn("ke.learner", "ke", courseId);
    expect((await quizOverview(learner, learner.userId, first, "en")).settings.questionCount).toBe(4);
    expect((await quizOverview(learner, learner.userId, second, "en")).settings.questionCount).toBe(7);
    const drawnSets = new Set<string>();
    for (let i = 0; i < 4; i++) {
      const attempt = await startAttempt(learner, learner.userId, first);
      const asked = (await attemptForLearner(learner, learner.userId, attempt, "en")).questions.map((q) => q.id);
      expect(asked).toHaveLength(4);
      expect(asked[0]).toBe(chosen);
      expect(new Set(asked).size).toBe(4);
      drawnSets.add(asked.slice(1).sort().join());
      await submitAttempt(learner, learner.userId, attempt, {});
    }
    // Four draws of 3 among 6 are not all the same set (odds of that: 1 in 8,000).
    expect(drawnSets.size).toBeGreaterThan(1);
    const whole = await startAttempt(learner, learner.userId, second);
    expect((await attemptForLearner(learner, learner.userId, whole, "en")).questions).toHaveLength(7);
  });

  it("answers 404 to another administration's author, a learner, a visitor and an Academy buyer, and changes nothing", async () => {
    const { author, courseId, first, second } = await twoQuizzes("RKC-101");
    await addCategory(author, courseId, { name: "Kyoto" });
    const [category] = (await viewQuestionBank(author, courseId)).categories;
    await addQuestion(author, courseId, first, choice("Kept"));
    const [questionId] = await bankIds(author, courseId);
    const [slot] = (await viewQuizAuthoring(author, courseId, first)).slots;
    const kenyan = await authorFor("ke.coordinator", "ke");
    const refused = [
      viewQuestionBank(kenyan, courseId),
      addCategory(kenyan, courseId, { name: "Theirs" }),
      addQuestion(kenyan, courseId, null, choice("Theirs")),
      addBankQuestion(kenyan, courseId, second, questionId),
      addRandomDraw(kenyan, courseId, second, { categoryId: category.id, drawCount: 1 }),
      editQuestion(kenyan, courseId, questionId, choice("Changed")),
      removeQuestion(kenyan, courseId, questionId),
      removeSlot(kenyan, courseId, first, slot.id),
      importQuestions(kenyan, courseId, { format: "gift", locale: "en", source: giftQuestions(2) }),
    ];
    for (const call of refused) await expect(call).rejects.toBeInstanceOf(NotFound);
    for (const [username, host] of [
      ["ke.learner", "ke"],
      ["academy.buyer", "academy"],
      ["academy.buyer", "root"],
    ]) {
      const { site, viewer } = await viewerOn(username, host);
      expect(() => authorOn(site, viewer)).toThrow(NotFound);
    }
    const root = await siteFor("root");
    expect(() => authorOn(root, null)).toThrow(NotFound);
    // The Kenyan coordinator's own course cannot reach into this bank either.
    const theirs = await db.owner.course.findFirst({ where: { tenant: { slug: "ke" } }, select: { id: true } });
    if (theirs) await expect(addBankQuestion(kenyan, theirs.id, first, questionId)).rejects.toBeInstanceOf(NotFound);
    expect(await db.owner.quizQuestion.findMany({ where: { courseId }, select: { id: true, prompt: true } })).toEqual([
      { id: questionId, prompt: { en: "Kept" } },
    ]);
    expect(await db.owner.quizCategory.count({ where: { courseId } })).toBe(1);
    expect(await db.owner.quizSlot.count({ where: { moduleId: { in: [first, second] } } })).toBe(1);
  });
});
