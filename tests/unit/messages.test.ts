// Every interface string exists in every language, with the same placeholders as in English.
import { readFileSync } from "node:fs";
import path from "node:path";
import { LOCALES } from "@/lib/i18n/locales";

type Messages = { [key: string]: string | Messages };

function flatten(messages: Messages, prefix = ""): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") entries.set(full, value);
    else flatten(value, full).forEach((v, k) => entries.set(k, v));
  }
  return entries;
}

const load = (locale: string) =>
  flatten(JSON.parse(readFileSync(path.join(__dirname, "../../messages", `${locale}.json`), "utf8")));
const placeholders = (text: string) =>
  [...text.matchAll(/\{\s*(\w+)\s*[,}]/g)]
    .map((m) => m[1])
    .filter((name, i, all) => all.indexOf(name) === i)
    .sort();

const english = load("en");

describe.each(LOCALES.filter((locale) => locale !== "en"))("messages/%s.json", (locale) => {
  const messages = load(locale);

  it("has every key of the English file and no other", () => {
    expect([...messages.keys()].filter((key) => !english.has(key))).toEqual([]);
    expect([...english.keys()].filter((key) => !messages.has(key))).toEqual([]);
  });

  it("translates every string, keeping its placeholders", () => {
    for (const [key, text] of english) {
      const translated = messages.get(key);
      if (translated === undefined) continue;
      expect({ key, empty: translated.trim() === "" }).toEqual({ key, empty: false });
      expect({ key, placeholders: placeholders(translated) }).toEqual({ key, placeholders: placeholders(text) });
    }
  });
});
