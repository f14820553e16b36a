"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { EMPTY_FORM, type FormAction, type FormState } from "@/lib/http/form-state";
import { TextField } from "@/components/forms/text-field";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { QUESTION_KINDS } from "@/lib/quiz/question-kinds";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextArea } from "@/components/ui/text-area";
import { Select } from "@/components/ui/select";
import { SectionTitle } from "@/components/ui/section-title";
import { Label } from "@/components/ui/label";
import { FieldError } from "@/components/ui/field-error";
import { Panel } from "@/components/ui/panel";

interface Settings {
  drawCount: number | null;
  shuffle: boolean;
  timeLimitMinutes: number | null;
  maxAttempts: number | null;
  passPercent: number;
  review: boolean;
}

export function QuizSettingsForm({ save, settings }: { save: FormAction; settings: Settings }) {
  const t = useTranslations("QuizAuthoring");
  const fields = useTranslations("Fields");
  const [state, action, pending] = useActionState<FormState, FormData>(save, EMPTY_FORM);
  const typed = Object.keys(state.values).length > 0;
  const value = (key: keyof Settings) =>
    typed ? state.values[key] : settings[key] === null ? "" : String(settings[key]);
  const error = (key: string) => (state.errors[key] ? fields(state.errors[key]) : undefined);
  const check = (key: "shuffle" | "review") => (typed ? state.values[key] === "on" : settings[key]);
  return (
    <Panel as="form" className="space-y-3" action={action} aria-labelledby="quiz-settings-title">
      <SectionTitle id="quiz-settings-title">{t("settings")}</SectionTitle>
      {state.done ? (
        <Notice tone="success" compact>
          {t("saved")}
        </Notice>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          name="passPercent"
          type="number"
          min={0}
          max={100}
          required
          label={t("passPercent")}
          defaultValue={value("passPercent")}
          error={error("passPercent")}
        />
        <TextField
          name="drawCount"
          type="number"
          min={1}
          label={t("drawCount")}
          hint={t("drawCountHint")}
          defaultValue={value("drawCount")}
          error={error("drawCount")}
        />
        <TextField
          name="timeLimitMinutes"
          type="number"
          min={1}
          label={t("timeLimit")}
          hint={t("emptyMeansNone")}
          defaultValue={value("timeLimitMinutes")}
          error={error("timeLimitMinutes")}
        />
        <TextField
          name="maxAttempts"
          type="number"
          min={1}
          label={t("maxAttempts")}
          hint={t("emptyMeansNone")}
          defaultValue={value("maxAttempts")}
          error={error("maxAttempts")}
        />
      </div>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="shuffle" defaultChecked={check("shuffle")} className="h-4 w-4" />
        {t("shuffle")}
      </label>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="review" defaultChecked={check("review")} className="h-4 w-4" />
        {t("review")}
      </label>
      <Button disabled={pending}>{t("saveSettings")}</Button>
    </Panel>
  );
}

export function AddQuestionForm({ save }: { save: FormAction }) {
  const t = useTranslations("QuizAuthoring");
  const fields = useTranslations("Fields");
  const uiLocale = useLocale();
  const [state, action, pending] = useActionState<FormState, FormData>(save, EMPTY_FORM);
  const form = useRef<HTMLFormElement>(null);
  // An added question clears the form for the next one; a refused one keeps what was typed.
  useEffect(() => {
    if (state.done) form.current?.reset();
  }, [state]);
  const error = (key: string) => (state.errors[key] ? fields(state.errors[key]) : undefined);
  return (
    <Panel as="form" className="space-y-3" ref={form} action={action} aria-labelledby="add-question-title">
      <SectionTitle id="add-question-title">{t("addQuestion")}</SectionTitle>
      {state.done ? (
        <Notice tone="success" compact>
          {t("questionAdded")}
        </Notice>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <div>
          <Label htmlFor="kind">{t("kind")}</Label>
          <Select id="kind" name="kind" defaultValue={state.values.kind ?? "SINGLE_CHOICE"} className="mt-1 w-full">
            {QUESTION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kindValue.${kind}`)}
              </option>
            ))}
          </Select>
        </div>
        <div>
          <Label htmlFor="question-locale">{t("language")}</Label>
          <Select
            id="question-locale"
            name="locale"
            defaultValue={state.values.locale ?? uiLocale}
            className="mt-1 w-full"
          >
            {LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LOCALE_NAMES[l]}
              </option>
            ))}
          </Select>
        </div>
        <TextField
          name="points"
          type="number"
          min={1}
          max={100}
          label={t("points")}
          defaultValue={state.values.points ?? "1"}
          error={error("points")}
        />
      </div>
      <TextField
        name="prompt"
        label={t("prompt")}
        required
        defaultValue={state.values.prompt}
        error={error("prompt")}
        dir="auto"
      />
      <div>
        <Label htmlFor="lines">{t("lines")}</Label>
        <p id="lines-hint" className="text-sm text-slate-600">
          {t("linesHint")}
        </p>
        <TextArea
          id="lines"
          name="lines"
          rows={5}
          dir="auto"
          defaultValue={state.values.lines}
          aria-describedby={error("lines") ? "lines-hint lines-error" : "lines-hint"}
          aria-invalid={error("lines") ? true : undefined}
          className="mt-1 w-full"
        />
        {error("lines") ? <FieldError id="lines-error">{error("lines")}</FieldError> : null}
      </div>
      <div>
        <Label htmlFor="truth">{t("truth")}</Label>
        <Select
          id="truth"
          name="truth"
          defaultValue={state.values.truth ?? ""}
          aria-describedby={error("truth") ? "truth-error" : undefined}
          className="mt-1"
        >
          <option value="">—</option>
          <option value="true">{t("true")}</option>
          <option value="false">{t("false")}</option>
        </Select>
        {error("truth") ? <FieldError id="truth-error">{error("truth")}</FieldError> : null}
      </div>
      <Button disabled={pending}>{t("add")}</Button>
    </Panel>
  );
}
