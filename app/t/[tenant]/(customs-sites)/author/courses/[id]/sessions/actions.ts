"use server";

import { authorOn } from "@/lib/authoring/author";
import { formAction } from "@/lib/http/form-action";
import { typedValues } from "@/lib/http/form-state";
import { LOCALES } from "@/lib/i18n/locales";
import { deleteSession } from "@/lib/workshops/delete-session";
import { saveSession } from "@/lib/workshops/save-session";
import { saveWorkshopForm } from "@/lib/workshops/save-workshop-form";
import { FIELD_KINDS, MAX_FIELDS, type FieldKind, type FormField } from "@/lib/workshops/workshop-form";

const sessionsPage = (courseId: string) => `/author/courses/${courseId}/sessions`;
const PAGE = {
  signIn: sessionsPage,
  can: "authoring.author",
  revalidate: (_form: FormData, courseId: string) => sessionsPage(courseId),
} as const;

const SESSION_FIELDS = ["timeZone", "startsAt", "endsAt", "applicationsCloseAt", "place", "onlineUrl", "capacity"];

// A new session's form starts empty again; an existing session's keeps what it shows.
export const saveSessionAction = formAction<[courseId: string, sessionId: string | null]>(
  PAGE,
  async ({ site, viewer }, form, courseId, sessionId) => {
    const input = Object.fromEntries(SESSION_FIELDS.map((key) => [key, String(form.get(key) ?? "")]));
    await saveSession(authorOn(site, viewer), courseId, sessionId, input);
    return sessionId !== null ? { values: typedValues(form), errors: {}, done: true } : undefined;
  },
);

export const deleteSessionAction = formAction<[courseId: string, sessionId: string]>(
  PAGE,
  ({ site, viewer }, _form, courseId, sessionId) => deleteSession(authorOn(site, viewer), courseId, sessionId),
);

// The form editor posts rows field.<i>.{id,kind,required,remove,label.<locale>}; the last row is the new field,
// kept only when it has a label.
function fieldsFrom(form: FormData): Array<{ row: number; field: FormField }> {
  const fields: Array<{ row: number; field: FormField }> = [];
  for (let index = 0; index <= MAX_FIELDS; index += 1) {
    const prefix = `field.${index}.`;
    if (form.get(`${prefix}kind`) === null) break;
    if (form.get(`${prefix}remove`) === "on") continue;
    const label = Object.fromEntries(
      LOCALES.map((locale) => [locale, String(form.get(`${prefix}label.${locale}`) ?? "").trim()]).filter(
        ([, text]) => text,
      ),
    );
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

export const saveWorkshopFormAction = formAction<[courseId: string]>(PAGE, async ({ site, viewer }, form, courseId) => {
  const rows = fieldsFrom(form);
  await saveWorkshopForm(
    authorOn(site, viewer),
    courseId,
    rows.map((r) => r.field),
    (index) => rows[index]?.row ?? index,
  );
});
