"use server";

import { revalidatePath } from "next/cache";
import { typedValues, type FormState } from "@/components/forms/form-state";
import { createCourse, saveCourseText, updateCourseSettings } from "@/lib/authoring/save-course";
import { Invalid } from "@/lib/errors";
import { requireAuthor } from "./guard";

const text = (form: FormData, key: string) => String(form.get(key) ?? "");
const numberOrNull = (value: string) => (value.trim() === "" ? null : Number(value));

function settingsFrom(form: FormData) {
  return {
    code: text(form, "code"),
    type: text(form, "type"),
    audience: text(form, "audience"),
    regions: form.getAll("regions").map(String),
    countries: text(form, "countries").split(/[\s,;]+/).filter(Boolean),
    languages: form.getAll("languages").map(String),
    topics: form.getAll("topics").map(String),
    durationMinutes: numberOrNull(text(form, "durationMinutes")) ?? Number.NaN,
    featured: form.get("featured") === "on",
    guestAccess: form.get("guestAccess") === "on",
    selfEnrolment: form.get("selfEnrolment") === "on",
    hasCertificate: form.get("hasCertificate") === "on",
    certificateValidityMonths: numberOrNull(text(form, "certificateValidityMonths")),
  };
}

function textFrom(form: FormData) {
  return {
    locale: text(form, "locale"),
    title: text(form, "title"),
    summary: text(form, "summary"),
    description: text(form, "description"),
    objectives: text(form, "objectives").split("\n").map((line) => line.trim()).filter(Boolean),
  };
}

// Multi-valued fields travel as comma-joined strings so a refused form can show them again.
function valuesOf(form: FormData): Record<string, string> {
  const values = typedValues(form);
  for (const key of ["regions", "languages", "topics"]) values[key] = form.getAll(key).map(String).join(",");
  return values;
}

async function attempt(form: FormData, work: () => Promise<void>): Promise<FormState> {
  try {
    await work();
  } catch (error) {
    if (error instanceof Invalid) return { values: valuesOf(form), errors: error.fields };
    throw error;
  }
  return { values: {}, errors: {}, done: true };
}

export async function createCourseAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { author } = await requireAuthor("/author/courses/new");
  let id = "";
  const state = await attempt(form, async () => {
    id = await createCourse(author, settingsFrom(form), textFrom(form));
  });
  // The browser loads the new course's page itself (a full page load; see course-forms.tsx).
  return state.done ? { ...state, redirectTo: `/author/courses/${id}?saved=created` } : state;
}

export async function saveSettingsAction(courseId: string, _previous: FormState, form: FormData): Promise<FormState> {
  const { author } = await requireAuthor(`/author/courses/${courseId}`);
  const state = await attempt(form, () => updateCourseSettings(author, courseId, settingsFrom(form)));
  if (state.done) revalidatePath(`/author/courses/${courseId}`);
  return state;
}

export async function saveTextAction(courseId: string, _previous: FormState, form: FormData): Promise<FormState> {
  const { author } = await requireAuthor(`/author/courses/${courseId}`);
  const state = await attempt(form, () => saveCourseText(author, courseId, textFrom(form)));
  if (state.done) revalidatePath(`/author/courses/${courseId}`);
  return state;
}
