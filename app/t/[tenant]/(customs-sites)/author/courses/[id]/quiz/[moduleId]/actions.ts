"use server";

import { revalidatePath } from "next/cache";
import { authorOn } from "@/lib/authoring/author";
import { formAction } from "@/lib/http/form-action";
import { loadPage } from "@/lib/http/load-page";
import { addQuestion } from "@/lib/quiz/add-question";
import { editQuestion } from "@/lib/quiz/edit-question";
import { addBankQuestion } from "@/lib/quiz/add-bank-question";
import { addRandomDraw } from "@/lib/quiz/add-random-draw";
import { removeSlot } from "@/lib/quiz/remove-slot";
import { numberOrNull, questionInput } from "./question-form-input";
import { saveQuizSettings } from "@/lib/quiz/save-quiz-settings";

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
    addQuestion(authorOn(site, viewer), courseId, moduleId, questionInput(form)),
);

export const editQuestionAction = formAction<[courseId: string, moduleId: string, questionId: string]>(
  { ...PAGE, keepValues: true, notFoundMessage: "questionGone" },
  ({ site, viewer }, form, courseId, moduleId, questionId) =>
    editQuestion(authorOn(site, viewer), courseId, questionId, questionInput(form)),
);

export const addBankQuestionAction = formAction<[courseId: string, moduleId: string]>(
  PAGE,
  ({ site, viewer }, form, courseId, moduleId) =>
    addBankQuestion(authorOn(site, viewer), courseId, moduleId, form.get("questionId")),
);

export const addRandomDrawAction = formAction<[courseId: string, moduleId: string]>(
  PAGE,
  ({ site, viewer }, form, courseId, moduleId) =>
    addRandomDraw(authorOn(site, viewer), courseId, moduleId, {
      categoryId: String(form.get("categoryId") ?? ""),
      drawCount: numberOrNull(form.get("drawCount")) ?? Number.NaN,
    }),
);

// A row's Remove button: the entry leaves the quiz, its question stays in the bank (no form state).
export async function removeSlotAction(courseId: string, moduleId: string, slotId: string): Promise<void> {
  const path = quizPage(courseId, moduleId);
  const { site, viewer } = await loadPage({ signIn: path, can: "authoring.author" });
  await removeSlot(authorOn(site, viewer), courseId, moduleId, slotId);
  revalidatePath(path);
}
