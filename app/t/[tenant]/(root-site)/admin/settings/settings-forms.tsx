"use client";

import { FormField } from "@/components/ui/form-field";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { EMPTY_FORM, type FormState } from "@/lib/http/form-state";
import { TextField } from "@/components/forms/text-field";
import { saveSignatoryAction, saveTermsAction } from "./actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextArea } from "@/components/ui/text-area";

function useForm(action: (previous: FormState, form: FormData) => Promise<FormState>) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, EMPTY_FORM);
  const fields = useTranslations("Fields");
  const error = (name: string) => (state.errors[name] ? fields(state.errors[name]) : undefined);
  return { state, formAction, pending, error };
}

function Saved({ state }: { state: FormState }) {
  const t = useTranslations("Console");
  return state.done ? (
    <Notice tone="success" compact>
      {t("settingsSaved")}
    </Notice>
  ) : null;
}

export function SignatoryForm({ name }: { name: string }) {
  const t = useTranslations("Console");
  const { state, formAction, pending, error } = useForm(saveSignatoryAction);
  return (
    <form action={formAction} className="space-y-3">
      <Saved state={state} />
      <TextField
        name="secretaryGeneralName"
        label={t("secretaryGeneralName")}
        required
        defaultValue={state.values.secretaryGeneralName ?? name}
        error={error("secretaryGeneralName")}
      />
      <Button disabled={pending}>{t("save")}</Button>
    </form>
  );
}

export function TermsForm({ locale, body }: { locale: string; body: string }) {
  const t = useTranslations("Console");
  const authoring = useTranslations("Authoring");
  const { state, formAction, pending, error } = useForm(saveTermsAction);
  return (
    <form action={formAction} className="space-y-3">
      <Saved state={state} />
      <input type="hidden" name="locale" value={locale} />
      <FormField name="body" label={t("terms")} hint={authoring("descriptionHint")} error={error("body")}>
        {(control) => (
          <TextArea {...control} rows={14} lang={locale} dir="auto" defaultValue={state.values.body ?? body} />
        )}
      </FormField>
      <Button disabled={pending}>{t("saveTerms")}</Button>
    </form>
  );
}
