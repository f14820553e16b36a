"use server";

import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { authorOn } from "@/lib/authoring/author";
import { formAction } from "@/lib/http/form-action";
import { loadPage } from "@/lib/http/load-page";
import { uploadedBytes } from "@/lib/http/uploaded-bytes";
import { addCategory } from "@/lib/quiz/add-category";
import { addQuestion } from "@/lib/quiz/add-question";
import { editQuestion } from "@/lib/quiz/edit-question";
import { importQuestions } from "@/lib/quiz/import-questions";
import { previewQuestionImport } from "@/lib/quiz/preview-question-import";
import { importText } from "@/lib/quiz/read-question-import";
import { removeQuestion } from "@/lib/quiz/remove-question";
import { questionInput } from "../quiz/[moduleId]/question-form-input";

const bankPage = (courseId: string) => `/author/courses/${courseId}/bank`;
const PAGE = {
  signIn: bankPage,
  can: "authoring.author",
  revalidate: (_form: FormData, courseId: string) => bankPage(courseId),
} as const;

export const addCategoryAction = formAction<[courseId: string]>(PAGE, ({ site, viewer }, form, courseId) =>
  addCategory(authorOn(site, viewer), courseId, { name: form.get("name") ?? "" }),
);

export const addBankQuestionAction = formAction<[courseId: string]>(PAGE, ({ site, viewer }, form, courseId) =>
  addQuestion(authorOn(site, viewer), courseId, null, questionInput(form)),
);

export const editBankQuestionAction = formAction<[courseId: string, questionId: string]>(
  { ...PAGE, keepValues: true, notFoundMessage: "questionGone" },
  ({ site, viewer }, form, courseId, questionId) =>
    editQuestion(authorOn(site, viewer), courseId, questionId, questionInput(form)),
);

const importValues = (form: FormData) => ({
  format: String(form.get("format") ?? ""),
  locale: String(form.get("locale") ?? ""),
  categoryId: String(form.get("categoryId") ?? ""),
});

// The import's first step: the file read and previewed, nothing stored; its text comes back to the form.
export const previewImportAction = formAction<[courseId: string]>(
  { signIn: bankPage, can: "authoring.author", values: importValues },
  async ({ site, viewer }, form, courseId) => {
    const values = importValues(form);
    const source = importText(await uploadedBytes(form.get("file")), values.format);
    const preview = await previewQuestionImport(authorOn(site, viewer), courseId, { ...values, source });
    return { values, errors: {}, result: { preview, token: randomUUID() } };
  },
);

// The second step: the previewed text, read again and its ready questions stored in the bank.
export const importQuestionsAction = formAction<[courseId: string]>(
  { ...PAGE, values: () => ({}) },
  async ({ site, viewer }, form, courseId) => {
    const count = await importQuestions(authorOn(site, viewer), courseId, {
      format: form.get("format"),
      locale: form.get("locale"),
      source: form.get("source"),
      categoryId: form.get("categoryId"),
    });
    return { values: { imported: String(count), token: String(form.get("token") ?? "") }, errors: {}, done: true };
  },
);

// A bank question's Delete button, after its confirmation (a form without fields, so no form state).
export async function removeBankQuestionAction(courseId: string, questionId: string): Promise<void> {
  const path = bankPage(courseId);
  const { site, viewer } = await loadPage({ signIn: path, can: "authoring.author" });
  await removeQuestion(authorOn(site, viewer), courseId, questionId);
  revalidatePath(path);
}
