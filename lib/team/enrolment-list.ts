// An enrolment list as the lines a manager pasted or a CSV file holds: one username or e-mail address per line,
// the first cell of a CSV row (comma, semicolon or tab separated, quotes allowed), a header row
// ("username", "email", …) and blank lines skipped. Limits: the size and the number of lines.
import { Invalid } from "@/lib/errors";
import { ENROL_LIST_MAX_BYTES, ENROL_LIST_MAX_LINES } from "./schemas";

export interface ListLine {
  /** The line's number in the text, from 1. */
  line: number;
  /** The username or e-mail address, as written (trimmed). */
  identifier: string;
}

const HEADERS = new Set(["username", "user name", "email", "e-mail", "email address", "e-mail address", "login"]);

/** A row's first cell: empty when the row starts with a separator. */
function firstCell(row: string): string {
  const text = row.trimStart();
  if (text.startsWith('"')) {
    const end = text.indexOf('"', 1);
    return (end === -1 ? text.slice(1) : text.slice(1, end)).trim();
  }
  return row.split(/[,;\t]/)[0].trim();
}

/** The list's lines with an identifier; Invalid when the list is empty, too large, not text or too long. */
export function readEnrolmentList(source: unknown): ListLine[] {
  if (typeof source !== "string" || source.trim() === "") throw new Invalid({ list: "enrolListRequired" });
  if (new TextEncoder().encode(source).length > ENROL_LIST_MAX_BYTES) throw new Invalid({ list: "enrolListTooLarge" });
  if (source.includes("\u0000")) throw new Invalid({ list: "enrolListWrongType" });
  const lines: ListLine[] = [];
  source
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .forEach((row, index) => {
      const identifier = firstCell(row);
      if (!identifier || (lines.length === 0 && HEADERS.has(identifier.toLowerCase()))) return;
      lines.push({ line: index + 1, identifier: identifier.slice(0, 320) });
    });
  if (lines.length === 0) throw new Invalid({ list: "enrolListRequired" });
  if (lines.length > ENROL_LIST_MAX_LINES) throw new Invalid({ list: "enrolListTooMany" });
  return lines;
}

/** A CSV file's text: refused when too large (before reading it) or when it is not UTF-8 text. */
export function enrolmentFileText(bytes: Uint8Array): string {
  if (bytes.length > ENROL_LIST_MAX_BYTES) throw new Invalid({ list: "enrolListTooLarge" });
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new Invalid({ list: "enrolListWrongType" });
  }
}
