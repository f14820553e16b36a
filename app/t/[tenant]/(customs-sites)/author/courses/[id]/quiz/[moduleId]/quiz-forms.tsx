"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { EMPTY_FORM, type FormAction, type FormState } from "@/lib/http/form-state";
import { TextField } from "@/components/forms/text-field";
import { QUESTION_KINDS } from "@/lib/quiz/question-kinds";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextArea } from "@/components/ui/text-area";
import { Select } from "@/components/ui/select";
import { SectionTitle } from "@/components/ui/section-title";
import { FormField } from "@/components/ui/form-field";
import { LocaleField } from "@/components/forms/locale-field";
import { CategoryField, type Category } from "./category-field";
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
  categoryId?: string | null;
}

/**
 * Adds a question (any language), or edits one in the language the page chose (`editLocale`): the same
 * fields either way.
 */
export function QuestionForm({
  save,
  draft,
  editLocale,
  categories,
}: {
  save: FormAction;
  draft?: QuestionDraft;
  editLocale?: string;
  /** The bank's categories, when the form files its question in one (the bank's page). */
  categories?: Category[];
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
        <FormField name="kind" label={t("kind")}>
          {(control) => (
            <Select {...control} defaultValue={value("kind", "SINGLE_CHOICE")}>
              {QUESTION_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`kindValue.${kind}`)}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        {editLocale ? (
          <input type="hidden" name="locale" value={editLocale} />
        ) : (
          <LocaleField
            name="locale"
            label={t("language")}
            defaultValue={state.values.locale ?? uiLocale}
            error={error("locale")}
          />
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
      {categories ? (
        <CategoryField
          categories={categories}
          defaultValue={state.values.categoryId ?? draft?.categoryId ?? ""}
          error={error("categoryId")}
        />
      ) : null}
      <TextField
        name="prompt"
        label={t("prompt")}
        required
        defaultValue={value("prompt", "")}
        error={error("prompt")}
        dir="auto"
        lang={editLocale}
      />
      <FormField name="lines" label={t("lines")} hint={t("linesHint")} error={error("lines")}>
        {(control) => <TextArea {...control} rows={5} dir="auto" lang={editLocale} defaultValue={value("lines", "")} />}
      </FormField>
      <FormField name="truth" label={t("truth")} error={error("truth")}>
        {(control) => (
          <Select {...control} defaultValue={value("truth", "")} className="mt-1">
            <option value="">—</option>
            <option value="true">{t("true")}</option>
            <option value="false">{t("false")}</option>
          </Select>
        )}
      </FormField>
      <Button disabled={pending}>{editing ? t("saveQuestion") : t("add")}</Button>
    </Panel>
  );
}
