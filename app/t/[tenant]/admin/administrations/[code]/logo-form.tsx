"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { EMPTY_FORM, type FormAction, type FormState } from "@/components/forms/form-state";

export function LogoForm({ save }: { save: FormAction }) {
  const t = useTranslations("Console");
  const fieldText = useTranslations("Fields");
  const [state, action, pending] = useActionState<FormState, FormData>(save, EMPTY_FORM);
  return (
    <form action={action} className="space-y-2">
      {state.done ? <p role="status" className="rounded bg-green-50 p-2 text-green-900">{t("logoSaved")}</p> : null}
      <label htmlFor="logo" className="block font-medium">{t("logo")}</label>
      <p id="logo-hint" className="text-sm text-slate-600">{t("logoHint")}</p>
      <input id="logo" name="logo" type="file" accept="image/png,image/jpeg,image/webp" required aria-describedby={state.errors.logo ? "logo-hint logo-error" : "logo-hint"} aria-invalid={state.errors.logo ? true : undefined} />
      {state.errors.logo ? <p id="logo-error" className="text-sm text-red-800">{fieldText(state.errors.logo)}</p> : null}
      <button type="submit" disabled={pending} className="block rounded border border-brand px-4 py-2 font-medium text-brand disabled:opacity-60">{t("uploadLogo")}</button>
    </form>
  );
}
