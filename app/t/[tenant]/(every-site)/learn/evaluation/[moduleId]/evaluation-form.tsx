"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { EMPTY_FORM, type FormAction, type FormState } from "@/lib/http/form-state";
import { EVALUATION_RATINGS } from "@/lib/learning/evaluation-ratings";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextArea } from "@/components/ui/text-area";
import { Label } from "@/components/ui/label";
import { TextAnchor } from "@/components/ui/text-anchor";

export function EvaluationForm({ save, courseHref }: { save: FormAction; courseHref: string }) {
  const t = useTranslations("Evaluation");
  const fields = useTranslations("Fields");
  const [state, action, pending] = useActionState<FormState, FormData>(save, EMPTY_FORM);
  if (state.done) {
    return (
      <div className="space-y-3">
        <Notice tone="success">{t("thanks")}</Notice>
        <TextAnchor href={courseHref}>{t("backToCourse")}</TextAnchor>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-5">
      {state.errors.form ? <Notice tone="error">{fields(state.errors.form)}</Notice> : null}
      {EVALUATION_RATINGS.map((rating) => (
        <fieldset
          key={rating}
          className="space-y-1"
          aria-describedby={state.errors[rating] ? `${rating}-error` : undefined}
        >
          <legend className="font-medium">
            {t(`question.${rating}`)} <span aria-hidden="true">*</span>
          </legend>
          <div className="flex flex-wrap gap-4">
            {[1, 2, 3, 4, 5].map((value) => (
              <label key={value} className="flex items-center gap-1">
                <input
                  type="radio"
                  name={rating}
                  value={value}
                  defaultChecked={state.values[rating] === String(value)}
                  className="h-4 w-4"
                />
                {t(`scale.${value}`)}
              </label>
            ))}
          </div>
          {state.errors[rating] ? (
            <p id={`${rating}-error`} className="text-sm text-red-800">
              {fields(state.errors[rating])}
            </p>
          ) : null}
        </fieldset>
      ))}
      <div>
        <Label htmlFor="comments">{t("comments")}</Label>
        <TextArea
          id="comments"
          name="comments"
          rows={4}
          dir="auto"
          defaultValue={state.values.comments}
          className="mt-1 w-full"
        />
      </div>
      <Button disabled={pending}>{t("send")}</Button>
    </form>
  );
}
