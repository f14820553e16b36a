"use server";

import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { authorOn } from "@/lib/authoring/author";
import { formAction } from "@/lib/http/form-action";
import { loadPage } from "@/lib/http/load-page";
import { addQuestion } from "@/lib/quiz/add-question";
import { editQuestion } from "@/lib/quiz/edit-question";
import { importQuestions } from "@/lib/quiz/import-questions";
import { previewQuestionImport } from "@/lib/quiz/preview-question-import";
import { importText } from "@/lib/quiz/read-question-import";
import { uploadedBytes } from "@/lib/http/uploaded-bytes";
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

const questionInput = (form: FormData) => ({
  locale: form.get("locale"),
  kind: form.get("kind"),
  prompt: form.get("prompt") ?? "",
  lines: form.get("lines") ?? "",
  truth: form.get("truth") || undefined,
  points: numberOrNull(form.get("points")) ?? 1,
});

export const addQuestionAction = formAction<[courseId: string, moduleId: string]>(
  PAGE,
  ({ site, viewer }, form, courseId, moduleId) =>
    addQuestion(authorOn(site, viewer), courseId, moduleId, questionInput(form)),
);

export const editQuestionAction = formAction<[courseId: string, moduleId: string, questionId: string]>(
  { ...PAGE, keepValues: true, notFoundMessage: "questionGone" },
  ({ site, viewer }, form, courseId, moduleId, questionId) =>
    editQuestion(authorOn(site, viewer), courseId, moduleId, questionId, questionInput(form)),
);

// The import's first step: the file read and previewed, nothing stored; its text comes back to the form.
export const previewImportAction = formAction<[courseId: string, moduleId: string]>(
  {
    signIn: quizPage,
    can: "authoring.author",
    values: (form) => ({ format: String(form.get("format") ?? ""), locale: String(form.get("locale") ?? "") }),
  },
  async ({ site, viewer }, form, courseId, moduleId) => {
    const values = { format: String(form.get("format") ?? ""), locale: String(form.get("locale") ?? "") };
    const source = importText(await uploadedBytes(form.get("file")), values.format);
    const preview = await previewQuestionImport(authorOn(site, viewer), courseId, moduleId, { ...values, source });
    return { values, errors: {}, result: { preview, token: randomUUID() } };
  },
);

// The second step: the previewed text, read again and its ready questions stored.
export const importQuestionsAction = formAction<[courseId: string, moduleId: string]>(
  { ...PAGE, values: () => ({}) },
  async ({ site, viewer }, form, courseId, moduleId) => {
    const count = await importQuestions(authorOn(site, viewer), courseId, moduleId, {
      format: form.get("format"),
      locale: form.get("locale"),
      source: form.get("source"),
    });
    return { values: { imported: String(count), token: String(form.get("token") ?? "") }, errors: {}, done: true };
  },
);

// A row's Remove button (a form without fields of its own, so no form state).
export async function removeQuestionAction(courseId: string, moduleId: string, questionId: string): Promise<void> {
  const path = quizPage(courseId, moduleId);
  const { site, viewer } = await loadPage({ signIn: path, can: "authoring.author" });
  await removeQuestion(authorOn(site, viewer), courseId, moduleId, questionId);
  revalidatePath(path);
}
