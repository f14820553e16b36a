"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { EMPTY_FORM, type FormState } from "@/components/forms/form-state";
import { revokeAction } from "./actions";

// Shown to WCO admins, and to an administration's tenant admins for its own courses.
export function RevokeForm({ code }: { code: string }) {
  const t = useTranslations("Certificates");
  const fields = useTranslations("Fields");
  const [state, formAction, pending] = useActionState<FormState, FormData>(revokeAction, EMPTY_FORM);
  const error = state.errors.reason ?? state.errors.form;
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-red-200 bg-red-50 p-4">
      <h2 className="text-xl font-semibold">{t("revokeTitle")}</h2>
      <input type="hidden" name="code" value={code} />
      <label htmlFor="reason" className="block font-medium">{t("revokeReason")}</label>
      <textarea id="reason" name="reason" rows={3} required minLength={3} maxLength={500} defaultValue={state.values.reason ?? ""} aria-invalid={error ? true : undefined} aria-describedby={error ? "reason-error" : undefined} className="w-full rounded border border-slate-400 px-3 py-2" />
      {error ? <p id="reason-error" className="text-sm text-red-800">{fields(error)}</p> : null}
      <ConfirmButton question={t("revokeConfirm")} disabled={pending} variant="destructive">{t("revokeButton")}</ConfirmButton>
    </form>
  );
}
