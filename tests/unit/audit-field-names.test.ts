// The audit log names the fields it shows in the reader's language, never as raw column names: every field
// an audited use case records (its schema's fields, the stored rows it copies, the keys it writes out) has a
// translation in Console.auditField of every language.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { courseSettingsSchema, courseTextSchema, scormSettingsSchema } from "@/lib/authoring/course-input";
import { signatorySchema } from "@/lib/certificates/schemas";
import { secretaryGeneralNameSchema, tenantSpaceSchema } from "@/lib/console/schemas";
import { auditFieldLabel, type FieldTranslator } from "@/lib/console/audit-field-label";
import { Prisma } from "@/lib/db/generated/client";
import { LOCALES } from "@/lib/i18n/locales";
import { newsSchema } from "@/lib/news/schemas";
import { settingsSchema } from "@/lib/quiz/schemas";
import { teamMemberSchema } from "@/lib/team/schemas";

const root = path.join(__dirname, "../..");
const fieldsOf = (locale: string): Record<string, string> =>
  JSON.parse(readFileSync(path.join(root, "messages", `${locale}.json`), "utf8")).Console.auditField;

const shapeKeys = (schema: unknown): string[] => {
  const s = schema as { shape?: object; def?: { in?: { shape?: object } }; _def?: { schema?: { shape?: object } } };
  return Object.keys(s.shape ?? s.def?.in?.shape ?? s._def?.schema?.shape ?? {});
};

/** Keys written literally in the before/after objects of the audited use cases (`before: { status: … }`). */
function recordedLiteralKeys(): Set<string> {
  const keys = new Set<string>();
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? entry.name === "generated"
          ? []
          : walk(path.join(dir, entry.name))
        : entry.name.endsWith(".ts")
          ? [path.join(dir, entry.name)]
          : [],
    );
  for (const file of walk(path.join(root, "lib"))) {
    const source = readFileSync(file, "utf8");
    for (const call of source.split("recordAudit(").slice(1)) {
      const body = call.slice(0, call.indexOf("});"));
      for (const side of body.matchAll(/\b(?:before|after): (?:\w+\s*\?\s*)?\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}/g)) {
        // Top-level entries only: `key: value` or a shorthand `key`; a spread names no field.
        const inner = side[1].replace(/\{[^{}]*\}/g, "{}");
        for (const entry of inner.split(",").map((item) => item.trim())) {
          const key = entry.match(/^(\w+)\s*(?::|$)/)?.[1];
          if (key) keys.add(key);
        }
      }
    }
  }
  return keys;
}

const RECORDED_FIELDS = [
  ...[
    courseSettingsSchema,
    courseTextSchema,
    scormSettingsSchema,
    signatorySchema,
    secretaryGeneralNameSchema,
    tenantSpaceSchema,
    newsSchema,
    settingsSchema,
    teamMemberSchema,
  ].flatMap(shapeKeys),
  // Stored settings copied whole into "before".
  ...Object.keys(Prisma.ScormSettingsScalarFieldEnum),
  ...Object.keys(Prisma.QuizSettingsScalarFieldEnum),
];

describe("the audit log's field names", () => {
  it("reads the schemas and the use cases' literal keys (the check below is not empty)", () => {
    expect(RECORDED_FIELDS).toEqual(expect.arrayContaining(["durationMinutes", "maxAttempts", "signatoryName"]));
    expect([...recordedLiteralKeys()]).toEqual(expect.arrayContaining(["status", "amountTotal", "watchPercent"]));
  });

  it.each(LOCALES)("are all translated in %s", (locale) => {
    const fields = fieldsOf(locale);
    const missing = [...new Set([...RECORDED_FIELDS, ...recordedLiteralKeys()])].filter((key) => !fields[key]);
    expect(missing).toEqual([]);
  });

  it("shows each part of a field's path in the reader's language, and data parts as recorded", () => {
    const french = fieldsOf("fr");
    const t = Object.assign((key: string) => french[key], { has: (key: string) => key in french }) as FieldTranslator;
    expect(auditFieldLabel("amountTotal", t)).toBe("Montant payé");
    expect(auditFieldLabel("prices.usd", t)).toBe("Prix › usd");
    expect(auditFieldLabel("text.title", t)).toBe("Texte › Titre");
  });
});
