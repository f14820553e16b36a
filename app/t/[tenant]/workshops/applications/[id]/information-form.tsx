"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { EMPTY_FORM, type FormAction, type FormState } from "@/components/forms/form-state";

interface Field {
  id: string;
  kind: "text" | "textarea" | "yesno";
  required: boolean;
  label: string;
}

/** The workshop's information form; a refused form keeps every answer and shows each field's error. */
export function InformationForm({ save, fields, answers }: { save: FormAction; fields: Field[]; answers: Record<string, string> }) {
  const t = useTranslations("Workshops");
  const messages = useTranslations("Fields");
  const [state, action, pending] = useActionState<FormState, FormData>(save, EMPTY_FORM);
  const typed = Object.keys(state.values).length > 0;
  const value = (id: string) => (typed ? (state.values[id] ?? "") : (answers[id] ?? ""));
  const error = (id: string) => (state.errors[id] ? messages(state.errors[id]) : undefined);
  const input = "mt-1 w-full rounded border border-slate-400 px-3 py-2 aria-[invalid=true]:border-red-700";
  return (
    <form action={action} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="information-title">
      <h2 id="information-title" className="text-xl font-semibold">{t("informationTitle")}</h2>
      {fields.length ? <p className="text-sm text-slate-600">{t("informationHint")}</p> : <p>{t("noInformation")}</p>}
      {state.done ? <p role="status" className="rounded bg-green-50 p-2 text-green-900">{t("submitted")}</p> : null}
      {state.errors.form ? <p role="alert" className="rounded bg-red-50 p-2 text-red-900">{messages(state.errors.form)}</p> : null}
      {fields.map((field) => {
        const id = `answer-${field.id}`;
        const describedBy = error(field.id) ? `${id}-error` : undefined;
        const label = <>{field.label} {field.required ? <span aria-hidden="true">*</span> : null}</>;
        return (
          <div key={field.id}>
            {field.kind === "yesno" ? (
              <fieldset aria-describedby={describedBy} aria-invalid={error(field.id) ? true : undefined}>
                <legend className="font-medium">{label}</legend>
                <div className="mt-1 flex gap-6">
                  {(["yes", "no"] as const).map((option) => (
                    <label key={option} className="flex items-center gap-2">
                      <input type="radio" name={field.id} value={option} defaultChecked={value(field.id) === option} required={field.required} className="h-4 w-4" />
                      {t(option)}
                    </label>
                  ))}
                </div>
              </fieldset>
            ) : (
              <>
                <label htmlFor={id} className="block font-medium">{label}</label>
                {field.kind === "textarea" ? (
                  <textarea id={id} name={field.id} rows={4} dir="auto" maxLength={4000} required={field.required} defaultValue={value(field.id)} aria-invalid={error(field.id) ? true : undefined} aria-describedby={describedBy} className={input} />
                ) : (
                  <input id={id} name={field.id} dir="auto" maxLength={200} required={field.required} defaultValue={value(field.id)} aria-invalid={error(field.id) ? true : undefined} aria-describedby={describedBy} className={input} />
                )}
              </>
            )}
            {error(field.id) ? <p id={`${id}-error`} className="mt-1 text-sm text-red-800">{error(field.id)}</p> : null}
          </div>
        );
      })}
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-strong disabled:opacity-60">{fields.length ? t("submit") : t("confirm")}</button>
    </form>
  );
}
