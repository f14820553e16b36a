"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { EMPTY_FORM, type FormState } from "@/lib/http/form-state";
import { TextField } from "@/components/forms/text-field";
import { saveSignatoryAction } from "./actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

export function SignatoryForm({ name, title }: { name: string; title: string }) {
  const t = useTranslations("Certificates");
  const consoleTexts = useTranslations("Console");
  const fields = useTranslations("Fields");
  const [state, formAction, pending] = useActionState<FormState, FormData>(saveSignatoryAction, EMPTY_FORM);
  const error = (field: string) => (state.errors[field] ? fields(state.errors[field]) : undefined);
  return (
    <form action={formAction} className="space-y-3">
      {state.done ? (
        <Notice tone="success" compact>
          {consoleTexts("settingsSaved")}
        </Notice>
      ) : null}
      <TextField
        name="signatoryName"
        label={t("signatoryName")}
        required
        defaultValue={state.values.signatoryName ?? name}
        error={error("signatoryName")}
      />
      <TextField
        name="signatoryTitle"
        label={t("signatoryRole")}
        required
        defaultValue={state.values.signatoryTitle ?? title}
        error={error("signatoryTitle")}
      />
      <Button disabled={pending}>{consoleTexts("save")}</Button>
    </form>
  );
}
