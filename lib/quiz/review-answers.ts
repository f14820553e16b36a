// The review's answers in words: the choices' and pairs' texts in the reader's language, and for true/false
// questions a label the page translates (never the raw value "true" or "false").
import type { Response } from "./grading";

/** One line of a review: a text of the quiz, or the true/false label to translate. */
export type ReviewItem = { text: string } | { label: "true" | "false" };

type Choices = Map<string, { text?: unknown; left?: unknown; right?: unknown }>;
type Text = (value: unknown) => string;

const truth = (value: boolean): ReviewItem => ({ label: value ? "true" : "false" });
const pair = (byId: Choices, text: Text, leftId: string, rightId: string): ReviewItem => ({
  text: `${text(byId.get(leftId)?.left)} = ${text(byId.get(rightId)?.right)}`,
});

/** The correct answer, for the review. */
export function reviewAnswer(kind: string, answer: unknown, byId: Choices, text: Text): ReviewItem[] {
  if (kind === "TRUE_FALSE") return [truth(answer === true)];
  if (kind === "SHORT_ANSWER") return (answer as string[]).slice(0, 1).map((accepted) => ({ text: accepted }));
  if (kind === "MATCHING") return (answer as string[]).map((id) => pair(byId, text, id, id));
  return (answer as string[]).map((id) => ({ text: text(byId.get(id)?.text) }));
}

/** What the learner answered, for the review (nothing for an unknown choice or a malformed answer). */
export function reviewGiven(
  kind: string,
  given: Response,
  byId: Choices,
  tokens: Record<string, string>,
  text: Text,
): ReviewItem[] {
  if (given === undefined) return [];
  if (kind === "TRUE_FALSE") return given === "true" || given === "false" ? [truth(given === "true")] : [];
  if (kind === "SHORT_ANSWER") return typeof given === "string" ? [{ text: given }] : [];
  if (kind === "MATCHING") {
    return typeof given === "object" && !Array.isArray(given)
      ? Object.entries(given).map(([pairId, token]) => pair(byId, text, pairId, tokens[token]))
      : [];
  }
  return (Array.isArray(given) ? given : typeof given === "string" ? [given] : [])
    .filter((id) => byId.has(id))
    .map((id) => ({ text: text(byId.get(id)?.text) }));
}
