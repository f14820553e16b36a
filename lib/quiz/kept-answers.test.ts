/** @jest-environment jsdom */
// What the device keeps of quiz answers belongs to one account and one attempt (ADR 0050): another account's drafts
// go when the browser changes hands, its submissions wait for it, and a course's page finds only its own.
import { keep, keptSubmissionsOfCourse, readKept, type KeptAnswers } from "./kept-answers";
import { forgetDraftsOfOthers } from "./kept-drafts";

const entry = (courseId: string, state: KeptAnswers["state"]): KeptAnswers => ({
  courseId,
  state,
  fields: [
    ["q.question", "true"],
    ["submission", "key"],
  ],
});

beforeEach(() => localStorage.clear());

describe("quiz answers kept on the device", () => {
  it("are one account's and one attempt's", () => {
    keep("amina", "attempt-1", entry("course", "draft"));
    expect(readKept("amina", "attempt-1")).toEqual(entry("course", "draft"));
    expect(readKept("pierre", "attempt-1")).toBeNull();
    expect(readKept("amina", "attempt-2")).toBeNull();
  });

  it("lose another account's drafts when the browser changes hands, and keep its submissions for it", () => {
    keep("amina", "typed", entry("course", "draft"));
    keep("amina", "submitted", entry("course", "waiting"));
    keep("amina", "refused", entry("course", "refused"));
    keep("pierre", "his", entry("course", "draft"));
    forgetDraftsOfOthers("pierre");
    expect(readKept("amina", "typed")).toBeNull();
    expect(readKept("amina", "submitted")?.state).toBe("waiting");
    expect(readKept("amina", "refused")?.state).toBe("refused");
    expect(readKept("pierre", "his")?.state).toBe("draft");
    // Signed out: nobody's drafts stay.
    forgetDraftsOfOthers(null);
    expect(readKept("pierre", "his")).toBeNull();
  });

  it("are found by the course page for its own account and course, submissions only", () => {
    keep("amina", "typed", entry("course", "draft"));
    keep("amina", "submitted", entry("course", "waiting"));
    keep("amina", "elsewhere", entry("other course", "waiting"));
    keep("pierre", "his", entry("course", "waiting"));
    localStorage.setItem("quiz-answers:amina:broken", "{not json");
    expect(keptSubmissionsOfCourse("amina", "course").map((e) => e.attemptId)).toEqual(["submitted"]);
  });
});
