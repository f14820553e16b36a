// Authors write a question in one language as a prompt plus lines: choices (a leading "*" marks a correct
// one), accepted short answers, or "left = right" pairs; true/false questions take their truth apart.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { QuestionKind } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { LOCALES } from "@/lib/i18n/locales";
import { QUESTION_KINDS } from "./question-kinds";

const inputSchema = z.object({
  locale: z.enum(LOCALES, "required"),
  kind: z.enum(QUESTION_KINDS, "required"),
  prompt: z.string().trim().min(1, "required").max(2_000, "tooLong"),
  lines: z.string().max(10_000, "tooLong"),
  truth: z.enum(["true", "false"]).optional(),
  points: z.number("pointsFormat").int("pointsFormat").min(1, "pointsFormat").max(100, "pointsFormat"),
});

export interface QuestionData {
  kind: QuestionKind;
  prompt: Record<string, string>;
  choices: Array<
    | { id: string; text: Record<string, string> }
    | { id: string; left: Record<string, string>; right: Record<string, string> }
  >;
  answer: unknown;
  points: number;
}

export function parseQuestion(input: unknown): QuestionData {
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
  const text = (value: string) => ({ [locale]: value });
  const base = { kind, prompt: text(prompt), points };
  switch (kind) {
    case "SINGLE_CHOICE":
    case "MULTIPLE_CHOICE": {
      const choices = lines.map((line) => ({
        id: randomUUID(),
        correct: line.startsWith("*"),
        text: text(line.replace(/^\*\s*/, "")),
      }));
      const correct = choices.filter((c) => c.correct).map((c) => c.id);
      if (choices.length < 2) throw new Invalid({ lines: "choicesTooFew" });
      if (kind === "SINGLE_CHOICE" ? correct.length !== 1 : correct.length < 1)
        throw new Invalid({ lines: kind === "SINGLE_CHOICE" ? "oneCorrectChoice" : "someCorrectChoice" });
      return { ...base, choices: choices.map(({ id, text: t }) => ({ id, text: t })), answer: correct };
    }
    case "TRUE_FALSE":
      if (!parsed.data.truth) throw new Invalid({ truth: "required" });
      return { ...base, choices: [], answer: parsed.data.truth === "true" };
    case "SHORT_ANSWER":
      if (lines.length < 1) throw new Invalid({ lines: "acceptedAnswersRequired" });
      return { ...base, choices: [], answer: lines };
    case "MATCHING": {
      const pairs = lines.map((line) => line.split("=").map((part) => part.trim()));
      if (pairs.length < 2 || pairs.some((pair) => pair.length !== 2 || !pair[0] || !pair[1]))
        throw new Invalid({ lines: "pairsFormat" });
      const choices = pairs.map(([left, right]) => ({ id: randomUUID(), left: text(left), right: text(right) }));
      return { ...base, choices, answer: choices.map((c) => c.id) };
    }
  }
}
