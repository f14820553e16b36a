"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { EMPTY_FORM, type FormAction, type FormState } from "@/lib/http/form-state";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { SectionTitle } from "@/components/ui/section-title";
import { Label } from "@/components/ui/label";
import { FieldError } from "@/components/ui/field-error";
import { TextArea } from "@/components/ui/text-area";
import { Input } from "@/components/ui/input";
import { Panel } from "@/components/ui/panel";

interface Field {
  id: string;
  kind: "text" | "textarea" | "yesno";
  required: boolean;
  label: string;
}

/** The workshop's information form; a refused form keeps every answer and shows each field's error. */
export function InformationForm({
  save,
  fields,
  answers,
}: {
  save: FormAction;
  fields: Field[];
  answers: Record<string, string>;
}) {
  const t = useTranslations("Workshops");
  const messages = useTranslations("Fields");
  const [state, action, pending] = useActionState<FormState, FormData>(save, EMPTY_FORM);
  const typed = Object.keys(state.values).length > 0;
  const value = (id: string) => (typed ? (state.values[id] ?? "") : (answers[id] ?? ""));
  const error = (id: string) => (state.errors[id] ? messages(state.errors[id]) : undefined);
  return (
    <Panel as="form" className="space-y-4" action={action} noValidate aria-labelledby="information-title">
      <SectionTitle id="information-title">{t("informationTitle")}</SectionTitle>
      {fields.length ? <p className="text-sm text-slate-600">{t("informationHint")}</p> : <p>{t("noInformation")}</p>}
      {state.done ? (
        <Notice tone="success" compact>
          {t("submitted")}
        </Notice>
      ) : null}
      {state.errors.form ? (
        <Notice tone="error" compact>
          {messages(state.errors.form)}
        </Notice>
      ) : null}
      {fields.map((field) => {
        const id = `answer-${field.id}`;
        const describedBy = error(field.id) ? `${id}-error` : undefined;
        const label = (
          <>
            {field.label} {field.required ? <span aria-hidden="true">*</span> : null}
          </>
        );
        return (
          <div key={field.id}>
            {field.kind === "yesno" ? (
              <fieldset aria-describedby={describedBy} aria-invalid={error(field.id) ? true : undefined}>
                <legend className="font-medium">{label}</legend>
                <div className="mt-1 flex gap-6">
                  {(["yes", "no"] as const).map((option) => (
                    <label key={option} className="flex items-center gap-2">
                      <input
                        type="radio"
                        name={field.id}
                        value={option}
                        defaultChecked={value(field.id) === option}
                        required={field.required}
                        className="h-4 w-4"
                      />
                      {t(option)}
                    </label>
                  ))}
                </div>
              </fieldset>
            ) : (
              <>
                <Label htmlFor={id}>{label}</Label>
                {field.kind === "textarea" ? (
                  <TextArea
                    id={id}
                    name={field.id}
                    rows={4}
                    dir="auto"
                    maxLength={4000}
                    required={field.required}
                    defaultValue={value(field.id)}
                    aria-invalid={error(field.id) ? true : undefined}
                    aria-describedby={describedBy}
                    className="mt-1 w-full"
                  />
                ) : (
                  <Input
                    id={id}
                    name={field.id}
                    dir="auto"
                    maxLength={200}
                    required={field.required}
                    defaultValue={value(field.id)}
                    aria-invalid={error(field.id) ? true : undefined}
                    aria-describedby={describedBy}
                    className="mt-1 w-full"
                  />
                )}
              </>
            )}
            {error(field.id) ? <FieldError id={`${id}-error`}>{error(field.id)}</FieldError> : null}
          </div>
        );
      })}
      <Button disabled={pending}>{fields.length ? t("submit") : t("confirm")}</Button>
    </Panel>
  );
}
