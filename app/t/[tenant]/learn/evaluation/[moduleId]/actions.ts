"use server";

import { typedValues, type FormState } from "@/components/forms/form-state";
import { requireSignedIn } from "@/lib/auth/request-context";
import { visibilityScope } from "@/lib/catalogue/list-visible-courses";
import { Invalid } from "@/lib/errors";
import { submitEvaluation } from "@/lib/learning/course-evaluation";

export async function sendEvaluationAction(moduleId: string, _previous: FormState, form: FormData): Promise<FormState> {
  const context = await requireSignedIn(`/learn/evaluation/${moduleId}`);
  try {
    await submitEvaluation(visibilityScope(context), context.viewer.id, moduleId, {
      content: form.get("content") ?? "", usefulness: form.get("usefulness") ?? "", recommend: form.get("recommend") ?? "", comments: form.get("comments") ?? "",
    });
  } catch (error) {
    if (error instanceof Invalid) return { values: typedValues(form), errors: error.fields };
    throw error;
  }
  return { values: {}, errors: {}, done: true };
}
