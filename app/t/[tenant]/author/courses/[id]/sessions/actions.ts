"use server";

import type { FormState } from "@/components/forms/form-state";
import { runFormAction } from "@/components/forms/run-form-action";
import { Invalid } from "@/lib/errors";
import { LOCALES } from "@/lib/i18n/locales";
import { deleteSession } from "@/lib/workshops/delete-session";
import { saveSession } from "@/lib/workshops/save-session";
import { saveWorkshopForm } from "@/lib/workshops/save-workshop-form";
import { FIELD_KINDS, MAX_FIELDS, type FieldKind, type FormField } from "@/lib/workshops/workshop-form";
import { requireAuthor } from "../../guard";

async function attempt(courseId: string, form: FormData, work: (author: Awaited<ReturnType<typeof requireAuthor>>["author"]) => Promise<unknown>, keepValues = false): Promise<FormState> {
  const path = `/author/courses/${courseId}/sessions`;
  const { author } = await requireAuthor(path);
  return runFormAction(form, () => work(author), { revalidate: path, keepValues });
}

export async function saveSessionAction(courseId: string, sessionId: string | null, _previous: FormState, form: FormData): Promise<FormState> {
  const input = Object.fromEntries(["timeZone", "startsAt", "endsAt", "applicationsCloseAt", "place", "onlineUrl", "capacity"].map((key) => [key, String(form.get(key) ?? "")]));
  return attempt(courseId, form, (author) => saveSession(author, courseId, sessionId, input), sessionId !== null);
}

export async function deleteSessionAction(courseId: string, sessionId: string, _previous: FormState, form: FormData): Promise<FormState> {
  return attempt(courseId, form, (author) => deleteSession(author, courseId, sessionId));
}

// The form editor posts rows field.<i>.{id,kind,required,remove,label.<locale>}; the last row is the new field,
// kept only when it has a label.
function fieldsFrom(form: FormData): Array<{ row: number; field: FormField }> {
  const fields: Array<{ row: number; field: FormField }> = [];
  for (let index = 0; index <= MAX_FIELDS; index += 1) {
    const prefix = `field.${index}.`;
    if (form.get(`${prefix}kind`) === null) break;
    if (form.get(`${prefix}remove`) === "on") continue;
    const label = Object.fromEntries(LOCALES.map((locale) => [locale, String(form.get(`${prefix}label.${locale}`) ?? "").trim()]).filter(([, text]) => text));
    const id = String(form.get(`${prefix}id`) ?? "");
    if (!id && !Object.keys(label).length) continue;
    const kind = String(form.get(`${prefix}kind`));
    fields.push({
      row: index,
      field: {
        id: id || `f-${crypto.randomUUID().slice(0, 8)}`,
        kind: ((FIELD_KINDS as readonly string[]).includes(kind) ? kind : "text") as FieldKind,
        required: form.get(`${prefix}required`) === "on",
        label,
      },
    });
  }
  return fields;
}

export async function saveWorkshopFormAction(courseId: string, _previous: FormState, form: FormData): Promise<FormState> {
  const rows = fieldsFrom(form);
  return attempt(courseId, form, async (author) => {
    try {
      await saveWorkshopForm(author, courseId, rows.map((r) => r.field));
    } catch (error) {
      // Errors name the saved list's positions; the page shows them on the rows that were typed.
      if (!(error instanceof Invalid)) throw error;
      throw new Invalid(Object.fromEntries(Object.entries(error.fields).map(([key, message]) => [key.replace(/^field\.(\d+)\./, (_, i) => `field.${rows[Number(i)]?.row ?? i}.`), message])));
    }
  });
}
