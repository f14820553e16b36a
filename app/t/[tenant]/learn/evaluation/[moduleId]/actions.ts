"use server";

import type { FormState } from "@/components/forms/form-state";
import { runFormAction } from "@/components/forms/run-form-action";
import { requireSignedIn } from "@/lib/auth/request-context";
import { visibilityScope } from "@/lib/auth/visibility-scope";
import { submitEvaluation } from "@/lib/learning/course-evaluation";

export async function sendEvaluationAction(moduleId: string, _previous: FormState, form: FormData): Promise<FormState> {
  const context = await requireSignedIn(`/learn/evaluation/${moduleId}`);
  return runFormAction(form, () =>
    submitEvaluation(visibilityScope(context), context.viewer.id, moduleId, {
      content: form.get("content") ?? "", usefulness: form.get("usefulness") ?? "", recommend: form.get("recommend") ?? "", comments: form.get("comments") ?? "",
    }),
  );
}
