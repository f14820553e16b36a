import { loadViewer } from "@/lib/auth/load-viewer";
import { authorOn } from "@/lib/authoring/author";
import { Invalid, NotFound } from "@/lib/errors";
import { enrolInCourse } from "@/lib/learning/enrol-in-course";
import { addQuestion } from "@/lib/quiz/add-question";
import { attemptForLearner } from "@/lib/quiz/attempt-for-learner";
import { editQuestion } from "@/lib/quiz/edit-question";
import { importQuestions } from "@/lib/quiz/import-questions";
import { moveSlot } from "@/lib/quiz/move-slot";
import { previewQuestionImport } from "@/lib/quiz/preview-question-import";
import { importText } from "@/lib/quiz/read-question-import";
import { saveQuizSettings } from "@/lib/quiz/save-quiz-settings";
import { startAttempt } from "@/lib/quiz/start-attempt";
import { submitAttempt } from "@/lib/quiz/submit-attempt";
import { viewQuizAuthoring } from "@/lib/quiz/view-quiz-authoring";
import { GIFT_WITH_ERRORS, giftQuestions, MOODLE_XML } from "../helpers/quiz-import-files";
import { scopeOfUser } from "../helpers/scopes";
import { siteFor } from "../helpers/sites";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase();

async function viewerOn(username: string, host: string) {
  const user = await db.owner.user.findUniqueOrThrow({ where: { username } });
  const site = await siteFor(host);
  return { site, viewer: await loadViewer(user.id, user.sessionVersion, site) };
}

async function quiz(code: string) {
  const { site, viewer } = await viewerOn("wco.admin", "root");
  const author = authorOn(site, viewer);
  const quizModule = await db.owner.courseModule.findFirstOrThrow({ where: { kind: "QUIZ", course: { code } } });
  return { author, courseId: quizModule.courseId, moduleId: quizModule.id };
}

const single = { locale: "en", kind: "SINGLE_CHOICE", prompt: "Which body administers the HS?", points: 1 };
// A quiz's chosen questions in order, and a course's bank in the order questions were written.
const stored = async (moduleId: string) =>
  (await db.owner.quizSlot.findMany({ where: { moduleId }, orderBy: { position: "asc" }, include: { question: true } }))
    .filter((s) => s.question)
    .map((s) => ({ ...s.question!, position: s.position, slotId: s.id }));
const inBank = (courseId: string) =>
  db.owner.quizQuestion.findMany({ where: { courseId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });

describe("quiz authoring", () => {
  it("edits a question in place, one language at a time, keeping its choices' ids and showing what is untranslated", async () => {
    const { author, courseId, moduleId } = await quiz("ORI-101");
    await addQuestion(author, courseId, moduleId, { ...single, lines: "*WCO\nWTO\nUNCTAD" });
    const [question] = await stored(moduleId);
    const ids = (question.choices as Array<{ id: string }>).map((c) => c.id);

    const inFrench = (await viewQuizAuthoring(author, courseId, moduleId, "fr")).slots[0].question!.inLanguage;
    expect(inFrench).toMatchObject({ untranslated: true, languages: ["en"], lines: "*WCO\nWTO\nUNCTAD" });

    await editQuestion(author, courseId, question.id, {
      ...single,
      locale: "fr",
      prompt: "Quel organisme administre le SH ?",
      lines: "*OMD\nOMC\nCNUCED",
    });
    await editQuestion(author, courseId, question.id, {
      ...single,
      prompt: "Which body administers the Harmonized System?",
      lines: "WCO\n*WTO\nUNCTAD",
      points: 3,
    });
    const [edited] = await stored(moduleId);
    expect(edited.id).toBe(question.id);
    expect(edited.prompt).toEqual({
      en: "Which body administers the Harmonized System?",
      fr: "Quel organisme administre le SH ?",
    });
    expect((edited.choices as Array<{ id: string; text: Record<string, string> }>).map((c) => [c.id, c.text])).toEqual([
      [ids[0], { en: "WCO", fr: "OMD" }],
      [ids[1], { en: "WTO", fr: "OMC" }],
      [ids[2], { en: "UNCTAD", fr: "CNUCED" }],
    ]);
    expect(edited.answer).toEqual([ids[1]]);
    expect(edited.points).toBe(3);
    const view = await viewQuizAuthoring(author, courseId, moduleId, "fr");
    expect(view.slots[0].question!.inLanguage).toMatchObject({ untranslated: false, languages: ["en", "fr"] });

    await expect(editQuestion(author, courseId, question.id, { ...single, lines: "*A\n*B" })).rejects.toEqual(
      new Invalid({ lines: "oneCorrectChoice" }),
    );
    expect((await stored(moduleId))[0].answer).toEqual([ids[1]]);
  });

  it("reorders questions, and shows true and false by their label in the review", async () => {
    const { author, courseId, moduleId } = await quiz("VAL-101");
    await saveQuizSettings(author, courseId, moduleId, {
      drawCount: null,
      shuffle: false,
      timeLimitMinutes: null,
      maxAttempts: null,
      passPercent: 100,
      review: true,
    });
    for (const prompt of ["First", "Second", "Third"])
      await addQuestion(author, courseId, moduleId, {
        locale: "en",
        kind: "TRUE_FALSE",
        prompt,
        lines: "",
        truth: "false",
        points: 1,
      });
    const [first, , third] = await stored(moduleId);
    await moveSlot(author, courseId, moduleId, third.slotId, "up");
    await moveSlot(author, courseId, moduleId, first.slotId, "up"); // already first: nothing changes
    expect((await stored(moduleId)).map((q) => [q.prompt, q.position])).toEqual([
      [{ en: "First" }, 0],
      [{ en: "Third" }, 1],
      [{ en: "Second" }, 2],
    ]);
    await moveSlot(author, courseId, moduleId, first.slotId, "down");
    expect((await stored(moduleId)).map((q) => (q.prompt as { en: string }).en)).toEqual(["Third", "First", "Second"]);

    const learner = await scopeOfUser(db.owner, "ke.learner", "ke");
    await enrolInCourse(learner, { id: learner.userId, homeTenantId: learner.homeTenantId }, courseId);
    const attemptId = await startAttempt(learner, learner.userId, moduleId);
    const [firstShown] = (await attemptForLearner(learner, learner.userId, attemptId, "en")).questions;
    await submitAttempt(learner, learner.userId, attemptId, { [firstShown.id]: "true" });
    const review = await attemptForLearner(learner, learner.userId, attemptId, "en");
    expect(review.questions.map((q) => q.review)).toEqual([
      { correct: false, answer: [{ label: "false" }], given: [{ label: "true" }] },
      { correct: false, answer: [{ label: "false" }], given: [] },
      { correct: false, answer: [{ label: "false" }], given: [] },
    ]);
  });

  it("imports GIFT and Moodle XML after a preview that tells what each question becomes or why not", async () => {
    const { author, courseId, moduleId } = await quiz("TFA-101");
    const gift = giftQuestions(20);
    const preview = await previewQuestionImport(author, courseId, {
      format: "gift",
      locale: "en",
      source: gift,
    });
    expect(preview.ready).toBe(20);
    expect(preview.rows.slice(0, 5).map((r) => [r.title, r.kind, r.error])).toEqual([
      ["Q1", "SINGLE_CHOICE", null],
      ["Q2", "TRUE_FALSE", null],
      ["Q3", "SHORT_ANSWER", null],
      ["Q4", "MULTIPLE_CHOICE", null],
      ["Q5", "MATCHING", null],
    ]);
    expect(await db.owner.quizQuestion.count({ where: { courseId } })).toBe(0); // a preview stores nothing
    expect(await importQuestions(author, courseId, { format: "gift", locale: "en", source: gift })).toBe(20);
    const questions = await inBank(courseId);
    expect(questions).toHaveLength(20);
    expect(await db.owner.quizSlot.count({ where: { moduleId } })).toBe(0); // into the bank, not the quiz
    expect(questions[2]).toMatchObject({ kind: "SHORT_ANSWER", answer: ["HS", "H.S."] });
    expect(questions[1]).toMatchObject({ kind: "TRUE_FALSE", answer: true });

    const broken = await previewQuestionImport(author, courseId, {
      format: "gift",
      locale: "fr",
      source: GIFT_WITH_ERRORS,
    });
    expect(broken.rows.map((r) => [r.line, r.title, r.error])).toEqual([
      [1, "Good 1", null],
      [3, "Good 2", null],
      [5, "Broken", "importSyntax"],
      [7, "Essay", "importUnsupportedKind"],
    ]);
    expect(await importQuestions(author, courseId, { format: "gift", locale: "fr", source: GIFT_WITH_ERRORS })).toBe(2);
    expect((await inBank(courseId))[20].prompt).toEqual({ fr: "The WCO has its seat in Brussels." });

    const xml = await previewQuestionImport(author, courseId, {
      format: "moodle-xml",
      locale: "en",
      source: MOODLE_XML,
    });
    expect(xml.rows.map((r) => [r.prompt, r.kind, r.error])).toEqual([
      ["Which is the primary basis of Customs value?", "SINGLE_CHOICE", null],
      ["Royalties can be part of the Customs value.", "TRUE_FALSE", null],
      ["Match the method to its article.", "MATCHING", null],
      ["Explain valuation fraud.", null, "importUnsupportedKind"],
    ]);
    expect(await importQuestions(author, courseId, { format: "moodle-xml", locale: "en", source: MOODLE_XML })).toBe(3);
    expect(await db.owner.quizQuestion.count({ where: { courseId } })).toBe(25);
  });

  it("refuses import files that are too large, of another type or hostile, and stores nothing", async () => {
    const { author, courseId } = await quiz("HS-101");
    const before = await db.owner.quizQuestion.count({ where: { courseId } });
    expect(() => importText(new Uint8Array(256 * 1024 + 1), "gift")).toThrow(new Invalid({ file: "importTooLarge" }));
    expect(() => importText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00]), "gift")).toThrow(
      new Invalid({ file: "importWrongType" }),
    );
    expect(() => importText(new Uint8Array(), "gift")).toThrow(new Invalid({ file: "importFileRequired" }));
    const attempts: Array<[string, string, string]> = [
      ["moodle-xml", "not xml at all {T}", "importWrongType"],
      ["moodle-xml", '<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY x "x">]><quiz>&x;</quiz>', "importWrongType"],
      ["moodle-xml", "<rss><item/></rss>", "importWrongType"],
      ["gift", "// only a comment\n", "importNoQuestions"],
      ["gift", "::Essay:: Describe a risk profile. {}", "importNothingReady"],
      ["gift", `${"x".repeat(256 * 1024)} {T}`, "importTooLarge"],
    ];
    for (const [format, source, message] of attempts)
      await expect(importQuestions(author, courseId, { format, locale: "en", source })).rejects.toEqual(
        new Invalid({ file: message }),
      );
    expect(await db.owner.quizQuestion.count({ where: { courseId } })).toBe(before);
  });

  it("answers 404 to another administration's author, a learner, a visitor and an Academy buyer, and changes nothing", async () => {
    const { author, courseId, moduleId } = await quiz("RKC-101");
    await addQuestion(author, courseId, moduleId, { ...single, lines: "*WCO\nWTO" });
    await addQuestion(author, courseId, moduleId, { ...single, prompt: "Second", lines: "*WCO\nWTO" });
    const [question] = await stored(moduleId);
    const kenyan = await viewerOn("ke.coordinator", "ke");
    const kenyanAuthor = authorOn(kenyan.site, kenyan.viewer);
    const edit = { ...single, prompt: "Changed", lines: "*A\nB" };
    await expect(viewQuizAuthoring(kenyanAuthor, courseId, moduleId)).rejects.toBeInstanceOf(NotFound);
    await expect(editQuestion(kenyanAuthor, courseId, question.id, edit)).rejects.toBeInstanceOf(NotFound);
    await expect(moveSlot(kenyanAuthor, courseId, moduleId, question.slotId, "down")).rejects.toBeInstanceOf(NotFound);
    const gift = { format: "gift", locale: "en", source: giftQuestions(2) };
    await expect(
      previewQuestionImport(kenyanAuthor, courseId, { ...gift, source: gift.source }),
    ).rejects.toBeInstanceOf(NotFound);
    await expect(importQuestions(kenyanAuthor, courseId, gift)).rejects.toBeInstanceOf(NotFound);
    for (const [username, host] of [
      ["ke.learner", "ke"],
      ["academy.buyer", "academy"],
      ["academy.buyer", "root"],
    ]) {
      const { site, viewer } = await viewerOn(username, host);
      expect(() => authorOn(site, viewer)).toThrow(NotFound);
    }
    expect(() => authorOn(kenyan.site, null)).toThrow(NotFound);
    // Another course's question through this course's address: not found either.
    const other = await quiz("ORI-101");
    await expect(editQuestion(author, other.courseId, question.id, edit)).rejects.toBeInstanceOf(NotFound);
    expect((await stored(moduleId)).map((q) => [q.id, q.prompt])).toEqual([
      [question.id, { en: single.prompt }],
      [expect.any(String), { en: "Second" }],
    ]);
  });
});
