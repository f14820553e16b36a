// Grading of quiz answers, on the server only: the browser never receives what is correct.
import type { QuestionKind } from "@/lib/db";

export interface StoredQuestion {
  id: string;
  kind: QuestionKind;
  answer: unknown;
  points: number;
}

/** What the learner answered to one question: a choice id, choice ids, "true"/"false", a text, or left id -> right token. */
export type Response = string | string[] | Record<string, string> | undefined;

/** Lower case, no accents, single spaces: "  Harmonized  SYSTÈME " and "harmonized systeme" are the same answer. */
export function normalizeAnswer(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** Whether one answer is right. `tokens` maps the matching tokens shown in this attempt to their pair ids. */
export function isCorrect(question: StoredQuestion, response: Response, tokens: Record<string, string> = {}): boolean {
  const answer = question.answer;
  switch (question.kind) {
    case "SINGLE_CHOICE":
      return typeof response === "string" && Array.isArray(answer) && answer.length === 1 && answer[0] === response;
    case "MULTIPLE_CHOICE": {
      const given = new Set(Array.isArray(response) ? response : typeof response === "string" ? [response] : []);
      return Array.isArray(answer) && given.size === answer.length && answer.every((id) => given.has(id as string));
    }
    case "TRUE_FALSE":
      return (response === "true" || response === "false") && (response === "true") === answer;
    case "SHORT_ANSWER":
      return (
        typeof response === "string" &&
        Array.isArray(answer) &&
        answer.some((accepted) => normalizeAnswer(String(accepted)) === normalizeAnswer(response))
      );
    case "MATCHING": {
      if (!response || typeof response !== "object" || Array.isArray(response) || !Array.isArray(answer)) return false;
      return answer.every((pairId) => tokens[(response as Record<string, string>)[pairId as string]] === pairId);
    }
  }
}

/** The score in percent of the points, to one decimal. */
export function scorePercent(results: Array<{ points: number; correct: boolean }>): number {
  const total = results.reduce((sum, r) => sum + r.points, 0);
  const earned = results.reduce((sum, r) => sum + (r.correct ? r.points : 0), 0);
  return total === 0 ? 0 : Math.round((earned * 1000) / total) / 10;
}
