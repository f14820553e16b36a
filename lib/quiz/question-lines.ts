// A stored question as the authoring form writes it in one language: the prompt and the lines (choices with
// "*" for the correct ones, accepted answers, "left = right" pairs), and which texts are not yet in that
// language (the form then shows them in English, or the first language there is, to translate).
import { localized } from "@/lib/i18n/localized";

type Texts = Record<string, string>;

export interface QuestionInLanguage {
  prompt: string;
  lines: string;
  truth: "true" | "false" | "";
  /** Some text of the question has no version in this language. */
  untranslated: boolean;
  /** The languages every text of the question is written in. */
  languages: string[];
}

export function questionInLanguage(
  question: { kind: string; prompt: unknown; choices: unknown; answer: unknown },
  locale: string,
): QuestionInLanguage {
  const prompt = question.prompt as Texts;
  const choices = question.choices as Array<{ id: string; text?: Texts; left?: Texts; right?: Texts }>;
  const texts: Texts[] = [prompt, ...choices.flatMap((c) => [c.text, c.left, c.right].filter((t): t is Texts => !!t))];
  const answer = question.answer;
  let lines: string[] = [];
  if (question.kind === "SINGLE_CHOICE" || question.kind === "MULTIPLE_CHOICE") {
    const correct = new Set(answer as string[]);
    lines = choices.map((c) => `${correct.has(c.id) ? "*" : ""}${localized(c.text ?? {}, locale)}`);
  } else if (question.kind === "SHORT_ANSWER") lines = answer as string[];
  else if (question.kind === "MATCHING")
    lines = choices.map((c) => `${localized(c.left ?? {}, locale)} = ${localized(c.right ?? {}, locale)}`);
  const languages = Object.keys(prompt).filter((l) => texts.every((t) => t[l]));
  return {
    prompt: localized(prompt, locale),
    lines: lines.join("\n"),
    truth: question.kind === "TRUE_FALSE" ? (answer === true ? "true" : "false") : "",
    untranslated: texts.some((t) => !t[locale]),
    languages,
  };
}
