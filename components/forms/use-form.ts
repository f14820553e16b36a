"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { EMPTY_FORM, type FormState } from "@/lib/http/form-state";

/**
 * A form's state from its server action, and the translated error of a field ("Fields" messages) for FormField;
 * `initial` is a state the page was given (a refusal by a route handler, in the page's address).
 */
export function useForm(action: (state: FormState, data: FormData) => Promise<FormState>, initial = EMPTY_FORM) {
  const fieldText = useTranslations("Fields");
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, initial);
  const error = (name: string) => (state.errors[name] ? fieldText(state.errors[name]) : undefined);
  return { state, formAction, pending, error, fieldText };
}
