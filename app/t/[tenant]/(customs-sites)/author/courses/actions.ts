"use server";

import { authorOn } from "@/lib/authoring/author";
import { createCourse } from "@/lib/authoring/create-course";
import { saveCourseText } from "@/lib/authoring/save-course-text";
import { updateCourseSettings } from "@/lib/authoring/update-course-settings";
import { formAction } from "@/lib/http/form-action";
import { typedValues } from "@/lib/http/form-state";

const text = (form: FormData, key: string) => String(form.get(key) ?? "");
const numberOrNull = (value: string) => (value.trim() === "" ? null : Number(value));

function settingsFrom(form: FormData) {
  return {
    code: text(form, "code"),
    type: text(form, "type"),
    audience: text(form, "audience"),
    regions: form.getAll("regions").map(String),
    countries: text(form, "countries")
      .split(/[\s,;]+/)
      .filter(Boolean),
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
    objectives: text(form, "objectives")
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean),
  };
}

// Multi-valued fields travel as comma-joined strings so a refused form can show them again.
function valuesOf(form: FormData): Record<string, string> {
  const values = typedValues(form);
  for (const key of ["regions", "languages", "topics"]) values[key] = form.getAll(key).map(String).join(",");
  return values;
}

const coursePage = (courseId: string) => `/author/courses/${courseId}`;
const COURSE_PAGE = {
  signIn: coursePage,
  can: "authoring.author",
  values: valuesOf,
  revalidate: (_form: FormData, courseId: string) => coursePage(courseId),
} as const;

// The browser loads the new course's page itself (a full page load; see course-forms.tsx).
export const createCourseAction = formAction(
  { signIn: "/author/courses/new", can: "authoring.author", values: valuesOf },
  async ({ site, viewer }, form) => {
    const id = await createCourse(authorOn(site, viewer), settingsFrom(form), textFrom(form));
    return { values: {}, errors: {}, done: true, redirectTo: `/author/courses/${id}?saved=created` };
  },
);

export const saveSettingsAction = formAction<[courseId: string]>(COURSE_PAGE, ({ site, viewer }, form, courseId) =>
  updateCourseSettings(authorOn(site, viewer), courseId, settingsFrom(form)),
);

export const saveTextAction = formAction<[courseId: string]>(COURSE_PAGE, ({ site, viewer }, form, courseId) =>
  saveCourseText(authorOn(site, viewer), courseId, textFrom(form)),
);
