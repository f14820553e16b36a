// An import file as questions ready to store, or with the reason each one cannot be: the preview shows the
// result and the import stores the ready ones. Limits: the file's size, the number of questions.
import { Invalid } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/locales";
import { decodeXmlBytes } from "@/lib/scorm/xml";
import { readGift } from "./import-gift";
import { readMoodleXml } from "./import-moodle-xml";
import { buildQuestion, type QuestionData } from "./question-input";

export const IMPORT_MAX_BYTES = 256 * 1024;
export const IMPORT_MAX_QUESTIONS = 300;
export const IMPORT_FORMATS = ["gift", "moodle-xml"] as const;

export interface ImportRow {
  number: number;
  line: number | null;
  title: string;
  prompt: string;
  kind: string | null;
  /** A message key of the "Fields" namespace when the question cannot be imported. */
  error: string | null;
  question: QuestionData | null;
}

export function readQuestionImport(input: { format: unknown; locale: unknown; source: unknown }): ImportRow[] {
  const { format, locale, source } = input;
  if (format !== "gift" && format !== "moodle-xml") throw new Invalid({ format: "required" });
  if (typeof locale !== "string" || !isLocale(locale)) throw new Invalid({ locale: "required" });
  if (typeof source !== "string" || source.trim() === "") throw new Invalid({ file: "importFileRequired" });
  if (new TextEncoder().encode(source).length > IMPORT_MAX_BYTES) throw new Invalid({ file: "importTooLarge" });
  if (source.includes("\u0000")) throw new Invalid({ file: "importWrongType" });
  const read = format === "gift" ? readGift(source, locale) : readMoodleXml(source, locale);
  if (read === null) throw new Invalid({ file: "importWrongType" });
  if (read.length === 0) throw new Invalid({ file: "importNoQuestions" });
  if (read.length > IMPORT_MAX_QUESTIONS) throw new Invalid({ file: "importTooMany" });
  return read.map((q, index) => {
    const row = { number: index + 1, line: q.line, title: q.title, prompt: q.prompt, kind: q.parts?.kind ?? null };
    if (!q.parts) return { ...row, error: q.error ?? "importInvalidQuestion", question: null };
    try {
      return { ...row, error: null, question: buildQuestion(q.parts) };
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      // The first field message: what is wrong with this question's prompt, choices or truth.
      return { ...row, error: Object.values(error.fields)[0] ?? "importInvalidQuestion", question: null };
    }
  });
}

/** An uploaded file's text: refused when too large (before reading it) or when it is no text in UTF-8. */
export function importText(bytes: Uint8Array, format: unknown): string {
  if (bytes.length === 0) throw new Invalid({ file: "importFileRequired" });
  if (bytes.length > IMPORT_MAX_BYTES) throw new Invalid({ file: "importTooLarge" });
  if (format === "moodle-xml") return decodeXmlBytes(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new Invalid({ file: "importWrongType" });
  }
}
