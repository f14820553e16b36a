"use server";

import { authorOn } from "@/lib/authoring/author";
import { saveScormSettings } from "@/lib/authoring/save-scorm-settings";
import { formAction } from "@/lib/http/form-action";

const settingsPage = (courseId: string, moduleId: string) => `/author/courses/${courseId}/scorm/${moduleId}`;

export const saveScormSettingsAction = formAction<[courseId: string, moduleId: string]>(
  {
    signIn: settingsPage,
    can: "authoring.author",
    revalidate: (_form: FormData, courseId: string, moduleId: string) => settingsPage(courseId, moduleId),
  },
  ({ site, viewer }, form, courseId, moduleId) => {
    const max = String(form.get("maxAttempts") ?? "").trim();
    return saveScormSettings(authorOn(site, viewer), courseId, moduleId, {
      maxAttempts: max === "" ? null : Number(max),
      grading: form.get("grading"),
      newAttemptAfterCompletion: form.get("newAttemptAfterCompletion") === "on",
    });
  },
);
