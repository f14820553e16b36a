// Authors write a question in one language as a prompt plus lines: choices (a leading "*" marks a correct
// one), accepted short answers, or "left = right" pairs; true/false questions take their truth apart.
// Importers (GIFT, Moodle XML) hand over the same parts already split. Editing a question in one language
// keeps its other languages and, while the kind and the number of choices stay, the choices' ids (attempts
// under way refer to them).
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { QuestionKind } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { QUESTION_KINDS } from "./question-kinds";

const inputSchema = z.object({
  locale: z.enum(LOCALES, "required"),
  kind: z.enum(QUESTION_KINDS, "required"),
  prompt: z.string().trim().min(1, "required").max(2_000, "tooLong"),
  lines: z.string().max(10_000, "tooLong"),
  truth: z.enum(["true", "false"]).optional(),
  points: z.number("pointsFormat").int("pointsFormat").min(1, "pointsFormat").max(100, "pointsFormat"),
});

type Texts = Record<string, string>;
type Choice = { id: string; text: Texts } | { id: string; left: Texts; right: Texts };

export interface QuestionData {
  kind: QuestionKind;
  prompt: Texts;
  choices: Choice[];
  answer: unknown;
  points: number;
}

/** A question in one language, split into its parts. */
export type QuestionParts = { locale: Locale; prompt: string; points: number } & (
  | { kind: "SINGLE_CHOICE" | "MULTIPLE_CHOICE"; choices: Array<{ text: string; correct: boolean }> }
  | { kind: "TRUE_FALSE"; truth: boolean | undefined }
  | { kind: "SHORT_ANSWER"; accepted: string[] }
  | { kind: "MATCHING"; pairs: Array<{ left: string; right: string }> }
);

/** What an edit starts from: the stored question. */
export interface StoredParts {
  kind: string;
  prompt: unknown;
  choices: unknown;
}

const MAX_TEXT = 2_000;

/** Reads the authoring form's fields; `existing` when the question is edited. */
export function parseQuestion(input: unknown, existing?: StoredParts): QuestionData {
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success)
    throw new Invalid(
      Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0] ?? "form"), issue.message])),
    );
  const { locale, kind, prompt, points } = parsed.data;
  const lines = parsed.data.lines
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const base = { locale, prompt, points };
  switch (kind) {
    case "SINGLE_CHOICE":
    case "MULTIPLE_CHOICE":
      return buildQuestion(
        {
          ...base,
          kind,
          choices: lines.map((line) => ({ correct: line.startsWith("*"), text: line.replace(/^\*\s*/, "") })),
        },
        existing,
      );
    case "TRUE_FALSE":
      return buildQuestion(
        { ...base, kind, truth: parsed.data.truth ? parsed.data.truth === "true" : undefined },
        existing,
      );
    case "SHORT_ANSWER":
      return buildQuestion({ ...base, kind, accepted: lines }, existing);
    case "MATCHING": {
      const pairs = lines.map((line) => line.split("=").map((part) => part.trim()));
      if (pairs.some((pair) => pair.length !== 2 || !pair[0] || !pair[1])) throw new Invalid({ lines: "pairsFormat" });
      return buildQuestion({ ...base, kind, pairs: pairs.map(([left, right]) => ({ left, right })) }, existing);
    }
  }
}

/** The stored form of a question, or Invalid with the field that is wrong. */
export function buildQuestion(parts: QuestionParts, existing?: StoredParts): QuestionData {
  const prompt = parts.prompt.trim();
  if (!prompt) throw new Invalid({ prompt: "required" });
  if (prompt.length > MAX_TEXT) throw new Invalid({ prompt: "tooLong" });
  if (!Number.isInteger(parts.points) || parts.points < 1 || parts.points > 100)
    throw new Invalid({ points: "pointsFormat" });
  const { locale } = parts;
  const sameKind = existing?.kind === parts.kind;
  const before = sameKind ? (existing.choices as Choice[]) : [];
  const merged = (old: unknown, value: string): Texts => ({ ...(sameKind ? (old as Texts) : {}), [locale]: value });
  // The i-th choice keeps its id and its texts in the other languages.
  const idAt = (index: number) => before[index]?.id ?? randomUUID();
  const base = {
    kind: parts.kind,
    prompt: { ...((existing?.prompt as Texts) ?? {}), [locale]: prompt },
    points: parts.points,
  };
  const tooLong = (texts: string[]) => texts.some((text) => text.length > MAX_TEXT);
  switch (parts.kind) {
    case "SINGLE_CHOICE":
    case "MULTIPLE_CHOICE": {
      const choices = parts.choices.map((c) => ({ ...c, text: c.text.trim() })).filter((c) => c.text);
      if (choices.length < 2) throw new Invalid({ lines: "choicesTooFew" });
      if (tooLong(choices.map((c) => c.text))) throw new Invalid({ lines: "tooLong" });
      const correct = choices.filter((c) => c.correct).length;
      if (parts.kind === "SINGLE_CHOICE" ? correct !== 1 : correct < 1)
        throw new Invalid({ lines: parts.kind === "SINGLE_CHOICE" ? "oneCorrectChoice" : "someCorrectChoice" });
      const stored = choices.map((c, i) => ({
        id: idAt(i),
        correct: c.correct,
        text: merged((before[i] as { text?: Texts } | undefined)?.text, c.text),
      }));
      return {
        ...base,
        choices: stored.map(({ id, text }) => ({ id, text })),
        answer: stored.filter((c) => c.correct).map((c) => c.id),
      };
    }
    case "TRUE_FALSE":
      if (parts.truth === undefined) throw new Invalid({ truth: "required" });
      return { ...base, choices: [], answer: parts.truth };
    case "SHORT_ANSWER": {
      const accepted = parts.accepted.map((a) => a.trim()).filter(Boolean);
      if (accepted.length < 1) throw new Invalid({ lines: "acceptedAnswersRequired" });
      if (tooLong(accepted)) throw new Invalid({ lines: "tooLong" });
      return { ...base, choices: [], answer: accepted };
    }
    case "MATCHING": {
      const pairs = parts.pairs.map((p) => ({ left: p.left.trim(), right: p.right.trim() }));
      if (pairs.length < 2 || pairs.some((p) => !p.left || !p.right)) throw new Invalid({ lines: "pairsFormat" });
      if (tooLong(pairs.flatMap((p) => [p.left, p.right]))) throw new Invalid({ lines: "tooLong" });
      const choices = pairs.map((p, i) => {
        const old = before[i] as { left?: Texts; right?: Texts } | undefined;
        return { id: idAt(i), left: merged(old?.left, p.left), right: merged(old?.right, p.right) };
      });
      return { ...base, choices, answer: choices.map((c) => c.id) };
    }
  }
}
