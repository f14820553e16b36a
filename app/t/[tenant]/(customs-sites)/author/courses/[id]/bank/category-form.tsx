"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { EMPTY_FORM, type FormAction, type FormState } from "@/lib/http/form-state";

/** A new category of the course's bank. */
export function CategoryForm({ save }: { save: FormAction }) {
  const t = useTranslations("QuizAuthoring");
  const fields = useTranslations("Fields");
  const [state, action, pending] = useActionState<FormState, FormData>(save, EMPTY_FORM);
  return (
    <form action={action} className="flex flex-wrap items-end gap-3">
      <TextField
        name="name"
        label={t("categoryName")}
        required
        defaultValue={state.done ? "" : state.values.name}
        error={state.errors.name ? fields(state.errors.name) : undefined}
      />
      <Button variant="secondary" disabled={pending}>
        {t("addCategory")}
      </Button>
      {state.done ? (
        <Notice tone="success" compact>
          {t("categoryAdded")}
        </Notice>
      ) : null}
    </form>
  );
}
