import { isCorrect, normalizeAnswer, scorePercent } from "./grading";

const q = (kind: Parameters<typeof isCorrect>[0]["kind"], answer: unknown) => ({ id: "q", kind, answer, points: 1 });

describe("quiz grading", () => {
  it("grades every kind of question", () => {
    expect(isCorrect(q("SINGLE_CHOICE", ["b"]), "b")).toBe(true);
    expect(isCorrect(q("SINGLE_CHOICE", ["b"]), "a")).toBe(false);
    expect(isCorrect(q("MULTIPLE_CHOICE", ["a", "c"]), ["c", "a"])).toBe(true);
    expect(isCorrect(q("MULTIPLE_CHOICE", ["a", "c"]), ["a"])).toBe(false);
    expect(isCorrect(q("MULTIPLE_CHOICE", ["a", "c"]), ["a", "b", "c"])).toBe(false);
    expect(isCorrect(q("TRUE_FALSE", false), "false")).toBe(true);
    expect(isCorrect(q("TRUE_FALSE", false), "true")).toBe(false);
    expect(isCorrect(q("TRUE_FALSE", true), undefined)).toBe(false);
    expect(isCorrect(q("SHORT_ANSWER", ["Harmonized System", "HS"]), "  harmonized   system ")).toBe(true);
    expect(isCorrect(q("SHORT_ANSWER", ["Système harmonisé"]), "systeme harmonise")).toBe(true);
    expect(isCorrect(q("SHORT_ANSWER", ["HS"]), "CN")).toBe(false);
    const tokens = { t1: "p1", t2: "p2" };
    expect(isCorrect(q("MATCHING", ["p1", "p2"]), { p1: "t1", p2: "t2" }, tokens)).toBe(true);
    expect(isCorrect(q("MATCHING", ["p1", "p2"]), { p1: "t2", p2: "t1" }, tokens)).toBe(false);
    expect(isCorrect(q("MATCHING", ["p1", "p2"]), { p1: "t1" }, tokens)).toBe(false);
  });

  it("scores over points and normalises answers", () => {
    expect(
      scorePercent([
        { points: 2, correct: true },
        { points: 1, correct: false },
      ]),
    ).toBe(66.7);
    expect(scorePercent([])).toBe(0);
    expect(normalizeAnswer(" Évaluation  EN douane ")).toBe("evaluation en douane");
  });
});
