"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { EMPTY_FORM, type FormAction, type FormState } from "@/components/forms/form-state";
import { EVALUATION_RATINGS } from "@/lib/learning/evaluation-ratings";

export function EvaluationForm({ save, courseHref }: { save: FormAction; courseHref: string }) {
  const t = useTranslations("Evaluation");
  const fields = useTranslations("Fields");
  const [state, action, pending] = useActionState<FormState, FormData>(save, EMPTY_FORM);
  if (state.done) {
    return (
      <div className="space-y-3">
        <p role="status" className="rounded bg-green-50 p-3 text-green-900">{t("thanks")}</p>
        <a href={courseHref} className="text-brand underline">{t("backToCourse")}</a>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-5">
      {state.errors.form ? <p role="alert" className="rounded bg-red-50 p-3 text-red-900">{fields(state.errors.form)}</p> : null}
      {EVALUATION_RATINGS.map((rating) => (
        <fieldset key={rating} className="space-y-1" aria-describedby={state.errors[rating] ? `${rating}-error` : undefined}>
          <legend className="font-medium">{t(`question.${rating}`)} <span aria-hidden="true">*</span></legend>
          <div className="flex flex-wrap gap-4">
            {[1, 2, 3, 4, 5].map((value) => (
              <label key={value} className="flex items-center gap-1">
                <input type="radio" name={rating} value={value} defaultChecked={state.values[rating] === String(value)} className="h-4 w-4" />
                {t(`scale.${value}`)}
              </label>
            ))}
          </div>
          {state.errors[rating] ? <p id={`${rating}-error`} className="text-sm text-red-800">{fields(state.errors[rating])}</p> : null}
        </fieldset>
      ))}
      <div>
        <label htmlFor="comments" className="block font-medium">{t("comments")}</label>
        <textarea id="comments" name="comments" rows={4} dir="auto" defaultValue={state.values.comments} className="mt-1 w-full rounded border border-slate-400 px-3 py-2" />
      </div>
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-strong disabled:opacity-60">{t("send")}</button>
    </form>
  );
}
