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

/** What the edit form starts from: the question as written in the language being edited. */
export interface QuestionDraft {
  kind: string;
  prompt: string;
  lines: string;
  truth: string;
  points: number;
}

/**
 * Adds a question (any language), or edits one in the language the page chose (`editLocale`): the same
 * fields either way.
 */
export function QuestionForm({
  save,
  draft,
  editLocale,
}: {
  save: FormAction;
  draft?: QuestionDraft;
  editLocale?: string;
}) {
  const t = useTranslations("QuizAuthoring");
  const fields = useTranslations("Fields");
  const uiLocale = useLocale();
  const [state, action, pending] = useActionState<FormState, FormData>(save, EMPTY_FORM);
  const form = useRef<HTMLFormElement>(null);
  const editing = draft !== undefined;
  // An added question clears the form for the next one; a refused one keeps what was typed.
  useEffect(() => {
    if (state.done && !editing) form.current?.reset();
  }, [state, editing]);
  const error = (key: string) => (state.errors[key] ? fields(state.errors[key]) : undefined);
  const value = (key: keyof QuestionDraft, fallback: string) =>
    state.values[key] ?? (draft ? String(draft[key]) : fallback);
  // The page shows either form, never both: the fields' ids are the same.
  const titleId = "question-form-title";
  return (
    <Panel as="form" className="space-y-3" ref={form} action={action} aria-labelledby={titleId}>
      <SectionTitle id={titleId}>{editing ? t("editQuestion") : t("addQuestion")}</SectionTitle>
      {state.done ? (
        <Notice tone="success" compact>
          {editing ? t("questionSaved") : t("questionAdded")}
        </Notice>
      ) : null}
      {error("form") ? <Notice tone="error">{error("form")}</Notice> : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <div>
          <Label htmlFor="kind">{t("kind")}</Label>
          <Select id="kind" name="kind" defaultValue={value("kind", "SINGLE_CHOICE")} className="mt-1 w-full">
            {QUESTION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kindValue.${kind}`)}
              </option>
            ))}
          </Select>
        </div>
        {editLocale ? (
          <input type="hidden" name="locale" value={editLocale} />
        ) : (
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
        )}
        <TextField
          name="points"
          type="number"
          min={1}
          max={100}
          label={t("points")}
          defaultValue={value("points", "1")}
          error={error("points")}
        />
      </div>
      <TextField
        name="prompt"
        label={t("prompt")}
        required
        defaultValue={value("prompt", "")}
        error={error("prompt")}
        dir="auto"
        lang={editLocale}
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
          lang={editLocale}
          defaultValue={value("lines", "")}
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
          defaultValue={value("truth", "")}
          aria-describedby={error("truth") ? "truth-error" : undefined}
          className="mt-1"
        >
          <option value="">—</option>
          <option value="true">{t("true")}</option>
          <option value="false">{t("false")}</option>
        </Select>
        {error("truth") ? <FieldError id="truth-error">{error("truth")}</FieldError> : null}
      </div>
      <Button disabled={pending}>{editing ? t("saveQuestion") : t("add")}</Button>
    </Panel>
  );
}
