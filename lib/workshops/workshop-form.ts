// The information form of a workshop: the fields its authors define (Course.workshopForm) and the answers an
// accepted candidate gives. Definitions and answers are checked here, for authors and candidates alike.
import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { Invalid } from "@/lib/errors";

export const FIELD_KINDS = ["text", "textarea", "yesno"] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

export interface FormField {
  id: string;
  kind: FieldKind;
  required: boolean;
  label: Partial<Record<(typeof LOCALES)[number], string>>;
}

export const MAX_FIELDS = 20;
const ANSWER_LIMIT: Record<FieldKind, number> = { text: 200, textarea: 4000, yesno: 3 };

const fieldSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  kind: z.enum(FIELD_KINDS),
  required: z.boolean(),
  label: z.partialRecord(z.enum(LOCALES), z.string().trim().max(300)),
});

/** The stored definition; anything malformed (never written by the platform) reads as no field. */
export function readForm(stored: unknown): FormField[] {
  const parsed = z.array(fieldSchema).safeParse(stored);
  if (!parsed.success) return [];
  return parsed.data.map((field) => ({
    ...field,
    label: Object.fromEntries(Object.entries(field.label).filter(([, text]) => text)),
  }));
}

export function fieldLabel(field: FormField, locale: string): string {
  const labels = field.label as Record<string, string>;
  return labels[locale] ?? labels.en ?? Object.values(labels)[0] ?? field.id;
}

/**
 * Checks an author's definition; errors are keyed `field.<index>.<part>`. Ids must be unique, and each
 * field needs a label in at least one language.
 */
export function checkFormDefinition(fields: FormField[]): FormField[] {
  if (fields.length > MAX_FIELDS) throw new Invalid({ form: "tooMany" });
  const errors: Record<string, string> = {};
  const seen = new Set<string>();
  const clean = fields.map((field, index) => {
    const parsed = fieldSchema.safeParse(field);
    if (!parsed.success || seen.has(field.id)) {
      errors[`field.${index}.kind`] = "required";
      return field;
    }
    seen.add(field.id);
    const label = Object.fromEntries(
      Object.entries(parsed.data.label).filter(([, text]) => text),
    ) as FormField["label"];
    if (!Object.keys(label).length) errors[`field.${index}.label`] = "labelRequired";
    return { ...parsed.data, label };
  });
  if (Object.keys(errors).length) throw new Invalid(errors);
  return clean;
}

/** The candidate's answers, checked against the form: required fields filled, yes/no answered yes or no, lengths. */
export function checkAnswers(fields: FormField[], input: Record<string, unknown>): Record<string, string> {
  const errors: Record<string, string> = {};
  const answers: Record<string, string> = {};
  for (const field of fields) {
    const raw = input[field.id];
    const value = typeof raw === "string" ? raw.trim() : "";
    if (!value) {
      if (field.required) errors[field.id] = "required";
      continue;
    }
    if (field.kind === "yesno" && value !== "yes" && value !== "no") errors[field.id] = "required";
    else if (value.length > ANSWER_LIMIT[field.kind]) errors[field.id] = "tooLong";
    else answers[field.id] = value;
  }
  if (Object.keys(errors).length) throw new Invalid(errors);
  return answers;
}
