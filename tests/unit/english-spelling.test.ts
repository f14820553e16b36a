// The English text spells "enrol" one way (British, as the guides: enrol, enrols, enrolment; enrolled and enrolling
// double the l), and the labels carry no truncated word such as "Not select".
import { readFileSync } from "node:fs";
import path from "node:path";

type Messages = { [key: string]: string | Messages };
const strings = (messages: Messages, prefix = ""): Array<[string, string]> =>
  Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value]] : strings(value, `${prefix}${key}.`),
  ) as Array<[string, string]>;

const english = strings(JSON.parse(readFileSync(path.join(__dirname, "../../messages/en.json"), "utf8")));

describe("messages/en.json", () => {
  it('spells "enrol" one way: no "enroll", "enrolls" or "enrollment"', () => {
    expect(english.filter(([, text]) => /\benroll(?!ed|ing)/i.test(text))).toEqual([]);
  });

  it('has no truncated status label such as "Not select"', () => {
    expect(english.filter(([, text]) => /\bNot select\b/.test(text))).toEqual([]);
  });
});
