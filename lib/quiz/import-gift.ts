// GIFT (Moodle's plain-text question format) read with gift-pegjs, into the parts of our question kinds.
// A file the grammar refuses as a whole is read again question by question (GIFT separates questions by a
// blank line), so each broken question is reported with its line and the others still come through.
import { parse, type GIFTQuestion } from "gift-pegjs";
import type { Locale } from "@/lib/i18n/locales";
import { plainText } from "./plain-text";
import type { ImportedQuestion } from "./imported-question";

function toParts(question: GIFTQuestion, locale: Locale): Omit<ImportedQuestion, "line"> | null {
  if (question.type === "Category") return null;
  const title = "title" in question && question.title ? plainText(question.title) : "";
  const prompt = "stem" in question ? plainText(question.stem.text) : "";
  const unsupported = { title, prompt, error: "importUnsupportedKind" };
  const base = { locale, prompt, points: 1 };
  switch (question.type) {
    case "TF":
      return { title, prompt, parts: { ...base, kind: "TRUE_FALSE", truth: question.isTrue } };
    case "MC": {
      const choices = question.choices.map((c) => ({
        text: plainText(c.text.text),
        correct: c.isCorrect || (c.weight ?? 0) > 0,
      }));
      // Partial credit (weights) marks several right choices: a multiple-choice question.
      const several = question.choices.some((c) => c.weight !== null && c.weight > 0 && c.weight < 100);
      const kind = several || choices.filter((c) => c.correct).length > 1 ? "MULTIPLE_CHOICE" : "SINGLE_CHOICE";
      return { title, prompt, parts: { ...base, kind, choices } };
    }
    case "Short":
      return {
        title,
        prompt,
        parts: {
          ...base,
          kind: "SHORT_ANSWER",
          accepted: question.choices.filter((c) => c.isCorrect || c.weight === 100).map((c) => plainText(c.text.text)),
        },
      };
    case "Matching":
      return {
        title,
        prompt,
        parts: {
          ...base,
          kind: "MATCHING",
          pairs: question.matchPairs.map((p) => ({
            left: plainText(p.subquestion.text),
            right: plainText(p.subanswer),
          })),
        },
      };
    default:
      return unsupported;
  }
}

type Block = { text: string; line: number };

/** A block holding a question: more than comments and a category line. */
const isQuestion = (lines: string[]) =>
  lines.some((l) => l.trim() && !l.trim().startsWith("//") && !l.trim().startsWith("$CATEGORY:"));

/** The file's questions separated by blank lines, each with the line it starts on. */
function blocks(source: string): Block[] {
  const found: Block[] = [];
  let current: string[] = [];
  let start = 1;
  const lines = source.split(/\r?\n/);
  lines.forEach((line, index) => {
    if (line.trim() === "") {
      if (isQuestion(current)) found.push({ text: current.join("\n"), line: start });
      current = [];
      start = index + 2;
    } else current.push(line);
  });
  if (isQuestion(current)) found.push({ text: current.join("\n"), line: start });
  return found;
}

export function readGift(source: string, locale: Locale): ImportedQuestion[] {
  try {
    const whole = parse(source);
    // Without locations from the grammar, a question's line is its block's when the counts agree.
    const starts = blocks(source);
    const questions = whole.filter((q) => q.type !== "Category");
    return questions.flatMap((q, i) => {
      const read = toParts(q, locale);
      return read ? [{ ...read, line: questions.length === starts.length ? starts[i].line : null }] : [];
    });
  } catch {
    return blocks(source).flatMap(({ text, line }) => {
      try {
        return parse(text).flatMap((q) => {
          const read = toParts(q, locale);
          return read ? [{ ...read, line }] : [];
        });
      } catch {
        const firstLine = text.split("\n").find((l) => l.trim() && !l.trim().startsWith("//")) ?? "";
        const title = /^\s*::(.*?)::/.exec(firstLine)?.[1] ?? "";
        const prompt = plainText(firstLine.replace(/^\s*::.*?::/, "").replace(/\{.*$/, ""));
        return [{ title, prompt: prompt.slice(0, 200), line, error: "importSyntax" }];
      }
    });
  }
}
