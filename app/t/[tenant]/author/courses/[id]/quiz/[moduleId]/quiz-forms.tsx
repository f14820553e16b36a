"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { EMPTY_FORM, type FormAction, type FormState } from "@/components/forms/form-state";
import { TextField } from "@/components/forms/text-field";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { QUESTION_KINDS } from "@/lib/quiz/question-kinds";

const button = "rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-strong disabled:opacity-60";

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
  const value = (key: keyof Settings) => (typed ? state.values[key] : settings[key] === null ? "" : String(settings[key]));
  const error = (key: string) => (state.errors[key] ? fields(state.errors[key]) : undefined);
  const check = (key: "shuffle" | "review") => (typed ? state.values[key] === "on" : settings[key]);
  return (
    <form action={action} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="quiz-settings-title">
      <h2 id="quiz-settings-title" className="text-xl font-semibold">{t("settings")}</h2>
      {state.done ? <p role="status" className="rounded bg-green-50 p-2 text-green-900">{t("saved")}</p> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField name="passPercent" type="number" min={0} max={100} required label={t("passPercent")} defaultValue={value("passPercent")} error={error("passPercent")} />
        <TextField name="drawCount" type="number" min={1} label={t("drawCount")} hint={t("drawCountHint")} defaultValue={value("drawCount")} error={error("drawCount")} />
        <TextField name="timeLimitMinutes" type="number" min={1} label={t("timeLimit")} hint={t("emptyMeansNone")} defaultValue={value("timeLimitMinutes")} error={error("timeLimitMinutes")} />
        <TextField name="maxAttempts" type="number" min={1} label={t("maxAttempts")} hint={t("emptyMeansNone")} defaultValue={value("maxAttempts")} error={error("maxAttempts")} />
      </div>
      <label className="flex items-center gap-2"><input type="checkbox" name="shuffle" defaultChecked={check("shuffle")} className="h-4 w-4" />{t("shuffle")}</label>
      <label className="flex items-center gap-2"><input type="checkbox" name="review" defaultChecked={check("review")} className="h-4 w-4" />{t("review")}</label>
      <button type="submit" disabled={pending} className={button}>{t("saveSettings")}</button>
    </form>
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
    <form ref={form} action={action} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="add-question-title">
      <h2 id="add-question-title" className="text-xl font-semibold">{t("addQuestion")}</h2>
      {state.done ? <p role="status" className="rounded bg-green-50 p-2 text-green-900">{t("questionAdded")}</p> : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <div>
          <label htmlFor="kind" className="block font-medium">{t("kind")}</label>
          <select id="kind" name="kind" defaultValue={state.values.kind ?? "SINGLE_CHOICE"} className="mt-1 w-full rounded border border-slate-400 px-3 py-2">
            {QUESTION_KINDS.map((kind) => <option key={kind} value={kind}>{t(`kindValue.${kind}`)}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="question-locale" className="block font-medium">{t("language")}</label>
          <select id="question-locale" name="locale" defaultValue={state.values.locale ?? uiLocale} className="mt-1 w-full rounded border border-slate-400 px-3 py-2">
            {LOCALES.map((l) => <option key={l} value={l} lang={l}>{LOCALE_NAMES[l]}</option>)}
          </select>
        </div>
        <TextField name="points" type="number" min={1} max={100} label={t("points")} defaultValue={state.values.points ?? "1"} error={error("points")} />
      </div>
      <TextField name="prompt" label={t("prompt")} required defaultValue={state.values.prompt} error={error("prompt")} dir="auto" />
      <div>
        <label htmlFor="lines" className="block font-medium">{t("lines")}</label>
        <p id="lines-hint" className="text-sm text-slate-600">{t("linesHint")}</p>
        <textarea id="lines" name="lines" rows={5} dir="auto" defaultValue={state.values.lines} aria-describedby={error("lines") ? "lines-hint lines-error" : "lines-hint"} aria-invalid={error("lines") ? true : undefined} className="mt-1 w-full rounded border border-slate-400 px-3 py-2" />
        {error("lines") ? <p id="lines-error" className="mt-1 text-sm text-red-800">{error("lines")}</p> : null}
      </div>
      <div>
        <label htmlFor="truth" className="block font-medium">{t("truth")}</label>
        <select id="truth" name="truth" defaultValue={state.values.truth ?? ""} aria-describedby={error("truth") ? "truth-error" : undefined} className="mt-1 rounded border border-slate-400 px-3 py-2">
          <option value="">—</option>
          <option value="true">{t("true")}</option>
          <option value="false">{t("false")}</option>
        </select>
        {error("truth") ? <p id="truth-error" className="mt-1 text-sm text-red-800">{error("truth")}</p> : null}
      </div>
      <button type="submit" disabled={pending} className={button}>{t("add")}</button>
    </form>
  );
}
