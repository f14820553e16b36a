"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { EMPTY_FORM, type FormState } from "@/lib/http/form-state";

/** A form's state from its server action, and the translated error of a field ("Fields" messages) for FormField. */
export function useForm(action: (state: FormState, data: FormData) => Promise<FormState>) {
  const fieldText = useTranslations("Fields");
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, EMPTY_FORM);
  const error = (name: string) => (state.errors[name] ? fieldText(state.errors[name]) : undefined);
  return { state, formAction, pending, error, fieldText };
}
