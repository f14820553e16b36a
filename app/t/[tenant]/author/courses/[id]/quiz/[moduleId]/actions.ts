"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/components/forms/form-state";
import { runFormAction } from "@/components/forms/run-form-action";
import { addQuestion, removeQuestion, saveQuizSettings } from "@/lib/quiz/quiz-bank";
import { requireAuthor } from "../../../guard";

const numberOrNull = (value: FormDataEntryValue | null) => (value === null || String(value).trim() === "" ? null : Number(value));

export async function saveQuizSettingsAction(courseId: string, moduleId: string, _previous: FormState, form: FormData): Promise<FormState> {
  const path = `/author/courses/${courseId}/quiz/${moduleId}`;
  const { author } = await requireAuthor(path);
  return runFormAction(form, () =>
    saveQuizSettings(author, courseId, moduleId, {
      drawCount: numberOrNull(form.get("drawCount")), shuffle: form.get("shuffle") === "on", timeLimitMinutes: numberOrNull(form.get("timeLimitMinutes")),
      maxAttempts: numberOrNull(form.get("maxAttempts")), passPercent: numberOrNull(form.get("passPercent")) ?? Number.NaN, review: form.get("review") === "on",
    }), { revalidate: path },
  );
}

export async function addQuestionAction(courseId: string, moduleId: string, _previous: FormState, form: FormData): Promise<FormState> {
  const path = `/author/courses/${courseId}/quiz/${moduleId}`;
  const { author } = await requireAuthor(path);
  return runFormAction(form, () =>
    addQuestion(author, courseId, moduleId, {
      locale: form.get("locale"), kind: form.get("kind"), prompt: form.get("prompt") ?? "", lines: form.get("lines") ?? "",
      truth: form.get("truth") || undefined, points: numberOrNull(form.get("points")) ?? 1,
    }), { revalidate: path },
  );
}

export async function removeQuestionAction(courseId: string, moduleId: string, questionId: string): Promise<void> {
  const path = `/author/courses/${courseId}/quiz/${moduleId}`;
  const { author } = await requireAuthor(path);
  await removeQuestion(author, courseId, moduleId, questionId);
  revalidatePath(path);
}
