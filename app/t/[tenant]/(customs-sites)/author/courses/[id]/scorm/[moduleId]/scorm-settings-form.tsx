"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";
import { Notice } from "@/components/ui/notice";
import { Panel } from "@/components/ui/panel";
import { SectionTitle } from "@/components/ui/section-title";
import { Select } from "@/components/ui/select";
import { EMPTY_FORM, type FormAction, type FormState } from "@/lib/http/form-state";

const GRADING = ["HIGHEST", "LAST", "FIRST", "AVERAGE"] as const;

interface Settings {
  maxAttempts: number | null;
  grading: (typeof GRADING)[number];
  newAttemptAfterCompletion: boolean;
}

/** Attempts allowed, grading method and new attempts after completion, with the schema's field messages. */
export function ScormSettingsForm({ save, settings }: { save: FormAction; settings: Settings }) {
  const t = useTranslations("Authoring.scormSettings");
  const fields = useTranslations("Fields");
  const [state, action, pending] = useActionState<FormState, FormData>(save, EMPTY_FORM);
  const typed = Object.keys(state.values).length > 0;
  const error = (key: string) => (state.errors[key] ? fields(state.errors[key]) : undefined);
  return (
    <Panel as="form" className="max-w-xl space-y-3" action={action} aria-labelledby="scorm-settings-title">
      <SectionTitle id="scorm-settings-title">{t("title")}</SectionTitle>
      {state.done ? (
        <Notice tone="success" compact>
          {t("saved")}
        </Notice>
      ) : null}
      <TextField
        name="maxAttempts"
        type="number"
        min={1}
        max={100}
        label={t("maxAttempts")}
        hint={t("maxAttemptsHint")}
        defaultValue={
          typed ? state.values.maxAttempts : settings.maxAttempts === null ? "" : String(settings.maxAttempts)
        }
        error={error("maxAttempts")}
      />
      <div>
        <Label htmlFor="grading">{t("grading")}</Label>
        <Select
          id="grading"
          name="grading"
          defaultValue={typed ? state.values.grading : settings.grading}
          className="mt-1 w-full"
          aria-describedby={error("grading") ? "grading-hint grading-error" : "grading-hint"}
        >
          {GRADING.map((method) => (
            <option key={method} value={method}>
              {t(`gradingValue.${method}`)}
            </option>
          ))}
        </Select>
        <p id="grading-hint" className="mt-1 text-sm text-slate-600">
          {t("gradingHint")}
        </p>
        {error("grading") ? <FieldError id="grading-error">{error("grading")}</FieldError> : null}
      </div>
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          name="newAttemptAfterCompletion"
          defaultChecked={typed ? state.values.newAttemptAfterCompletion === "on" : settings.newAttemptAfterCompletion}
          className="h-4 w-4"
        />
        {t("newAttemptAfterCompletion")}
      </label>
      <p className="text-sm text-slate-600">{t("failedRetry")}</p>
      <Button disabled={pending}>{t("save")}</Button>
    </Panel>
  );
}
