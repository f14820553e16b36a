// Moodle XML (the quiz export of Moodle and Totara) read with the platform's safe XML reader (no DTD, no
// entity expansion, no XInclude), into the parts of our question kinds. Categories and descriptions are
// skipped; kinds we do not grade (essay, numerical, cloze...) are reported per question.
import type { Locale } from "@/lib/i18n/locales";
import { parseXml, type XmlElement } from "@/lib/scorm/xml";
import type { ImportedQuestion } from "./imported-question";
import { plainText } from "./plain-text";

const child = (element: XmlElement | undefined, name: string) => element?.children.find((c) => c.name === name);
const children = (element: XmlElement, name: string) => element.children.filter((c) => c.name === name);
/** The text of <name><text>…</text></name>, as plain text. */
const textOf = (element: XmlElement | undefined) => plainText(child(element, "text")?.text ?? element?.text ?? "");
const fraction = (answer: XmlElement) => Number(answer.attributes.get("fraction") ?? "0");

function toImported(question: XmlElement, locale: Locale): ImportedQuestion | null {
  const type = question.attributes.get("type") ?? "";
  if (type === "category" || type === "description") return null;
  const title = textOf(child(question, "name"));
  const prompt = textOf(child(question, "questiontext"));
  const grade = Math.round(Number(textOf(child(question, "defaultgrade")) || "1"));
  const base = { locale, prompt, points: Number.isInteger(grade) && grade >= 1 && grade <= 100 ? grade : 1 };
  const shown = { title, prompt, line: null };
  const answers = children(question, "answer");
  switch (type) {
    case "truefalse": {
      const right = answers.find((a) => fraction(a) > 0);
      const value = right ? textOf(right).toLowerCase() : "";
      return value === "true" || value === "false"
        ? { ...shown, parts: { ...base, kind: "TRUE_FALSE", truth: value === "true" } }
        : { ...shown, error: "importInvalidQuestion" };
    }
    case "multichoice": {
      const single = textOf(child(question, "single")).toLowerCase() !== "false";
      const choices = answers.map((a) => ({ text: textOf(a), correct: fraction(a) > 0 }));
      return { ...shown, parts: { ...base, kind: single ? "SINGLE_CHOICE" : "MULTIPLE_CHOICE", choices } };
    }
    case "shortanswer":
      return {
        ...shown,
        parts: { ...base, kind: "SHORT_ANSWER", accepted: answers.filter((a) => fraction(a) === 100).map(textOf) },
      };
    case "matching":
      return {
        ...shown,
        parts: {
          ...base,
          kind: "MATCHING",
          pairs: children(question, "subquestion")
            .map((s) => ({ left: textOf(s), right: textOf(child(s, "answer")) }))
            // A subquestion without a left text is a distractor in Moodle: we have no such thing.
            .filter((p) => p.left),
        },
      };
    default:
      return { ...shown, error: "importUnsupportedKind" };
  }
}

/** The questions of the file, or null when it is no well-formed Moodle quiz. */
export function readMoodleXml(source: string, locale: Locale): ImportedQuestion[] | null {
  const root = parseXml(source);
  if (!root || root.name !== "quiz") return null;
  return children(root, "question").flatMap((q) => {
    const read = toImported(q, locale);
    return read ? [read] : [];
  });
}
