"use server";

import { visibilityScope } from "@/lib/auth/visibility-scope";
import { formAction } from "@/lib/http/form-action";
import { submitEvaluation } from "@/lib/learning/submit-evaluation";

export const sendEvaluationAction = formAction<[moduleId: string]>(
  { signIn: (moduleId) => `/learn/evaluation/${moduleId}` },
  (entry, form, moduleId) =>
    submitEvaluation(visibilityScope(entry), entry.viewer.id, moduleId, {
      content: form.get("content") ?? "",
      usefulness: form.get("usefulness") ?? "",
      recommend: form.get("recommend") ?? "",
      comments: form.get("comments") ?? "",
    }),
);
