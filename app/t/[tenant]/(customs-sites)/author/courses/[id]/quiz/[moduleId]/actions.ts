"use server";

import { revalidatePath } from "next/cache";
import { authorOn } from "@/lib/authoring/author";
import { formAction } from "@/lib/http/form-action";
import { loadPage } from "@/lib/http/load-page";
import { addQuestion } from "@/lib/quiz/add-question";
import { removeQuestion } from "@/lib/quiz/remove-question";
import { saveQuizSettings } from "@/lib/quiz/save-quiz-settings";

const numberOrNull = (value: FormDataEntryValue | null) =>
  value === null || String(value).trim() === "" ? null : Number(value);

const quizPage = (courseId: string, moduleId: string) => `/author/courses/${courseId}/quiz/${moduleId}`;
const PAGE = {
  signIn: quizPage,
  can: "authoring.author",
  revalidate: (_form: FormData, courseId: string, moduleId: string) => quizPage(courseId, moduleId),
} as const;

export const saveQuizSettingsAction = formAction<[courseId: string, moduleId: string]>(
  PAGE,
  ({ site, viewer }, form, courseId, moduleId) =>
    saveQuizSettings(authorOn(site, viewer), courseId, moduleId, {
      drawCount: numberOrNull(form.get("drawCount")),
      shuffle: form.get("shuffle") === "on",
      timeLimitMinutes: numberOrNull(form.get("timeLimitMinutes")),
      maxAttempts: numberOrNull(form.get("maxAttempts")),
      passPercent: numberOrNull(form.get("passPercent")) ?? Number.NaN,
      review: form.get("review") === "on",
    }),
);

export const addQuestionAction = formAction<[courseId: string, moduleId: string]>(
  PAGE,
  ({ site, viewer }, form, courseId, moduleId) =>
    addQuestion(authorOn(site, viewer), courseId, moduleId, {
      locale: form.get("locale"),
      kind: form.get("kind"),
      prompt: form.get("prompt") ?? "",
      lines: form.get("lines") ?? "",
      truth: form.get("truth") || undefined,
      points: numberOrNull(form.get("points")) ?? 1,
    }),
);

// A row's Remove button (a form without fields of its own, so no form state).
export async function removeQuestionAction(courseId: string, moduleId: string, questionId: string): Promise<void> {
  const path = quizPage(courseId, moduleId);
  const { site, viewer } = await loadPage({ signIn: path, can: "authoring.author" });
  await removeQuestion(authorOn(site, viewer), courseId, moduleId, questionId);
  revalidatePath(path);
}
