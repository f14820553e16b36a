"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/http/form-state";
import { TextField } from "@/components/forms/text-field";
import { AUDIENCES, COURSE_TYPES, WCO_REGIONS } from "@/lib/authoring/course-input";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { Label } from "@/components/ui/label";
import { FieldError } from "@/components/ui/field-error";
import { Select } from "@/components/ui/select";
import { TextArea } from "@/components/ui/text-area";

export interface SettingsValues {
  code: string;
  type: string;
  audience: string;
  regions: string[];
  countries: string[];
  languages: string[];
  topics: string[];
  durationMinutes: number | null;
  featured: boolean;
  guestAccess: boolean;
  selfEnrolment: boolean;
  hasCertificate: boolean;
  certificateValidityMonths: number | null;
}

export interface TextValues {
  locale: string;
  title: string;
  summary: string;
  description: string;
  objectives: string[];
}

/** Shows the saved values, or after a refusal what the author typed. */
function current(state: FormState, key: string, saved: string): string {
  return Object.keys(state.values).length ? (state.values[key] ?? "") : saved;
}

function StateFieldError({ state, name }: { state: FormState; name: string }) {
  const fields = useTranslations("Fields");
  return state.errors[name] ? <FieldError id={`${name}-error`}>{fields(state.errors[name])}</FieldError> : null;
}

function Checkboxes({
  legend,
  name,
  options,
  checked,
  state,
}: {
  legend: string;
  name: string;
  options: Array<{ value: string; label: string }>;
  checked: string[];
  state: FormState;
}) {
  const selected = Object.keys(state.values).length ? (state.values[name] ?? "").split(",") : checked;
  return (
    <fieldset aria-describedby={state.errors[name] ? `${name}-error` : undefined}>
      <legend className="font-medium">{legend}</legend>
      <div className="mt-1 grid gap-1 sm:grid-cols-2">
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              defaultChecked={selected.includes(option.value)}
              className="h-4 w-4"
            />
            {option.label}
          </label>
        ))}
      </div>
      <StateFieldError state={state} name={name} />
    </fieldset>
  );
}

function Toggle({ name, label, checked, state }: { name: string; label: string; checked: boolean; state: FormState }) {
  const on = Object.keys(state.values).length ? state.values[name] === "on" : checked;
  return (
    <div>
      <label className="flex items-center gap-2 font-medium">
        <input
          type="checkbox"
          name={name}
          defaultChecked={on}
          className="h-4 w-4"
          aria-describedby={state.errors[name] ? `${name}-error` : undefined}
        />
        {label}
      </label>
      <StateFieldError state={state} name={name} />
    </div>
  );
}

export function SettingsFields({
  saved,
  state,
  topics,
}: {
  saved: SettingsValues;
  state: FormState;
  topics: Array<{ slug: string; name: string }>;
}) {
  const t = useTranslations("Authoring");
  const types = useTranslations("CourseType");
  const regions = useTranslations("Region");
  const fields = useTranslations("Fields");
  const error = (name: string) => (state.errors[name] ? fields(state.errors[name]) : undefined);
  const select = (name: "type" | "audience", options: readonly string[], label: (value: string) => string) => (
    <div>
      <Label htmlFor={name}>
        {t(name)} <span aria-hidden="true">*</span>
      </Label>
      <Select id={name} name={name} required defaultValue={current(state, name, saved[name])} className="mt-1 w-full">
        {options.map((value) => (
          <option key={value} value={value}>
            {label(value)}
          </option>
        ))}
      </Select>
    </div>
  );
  return (
    <div className="space-y-4">
      <TextField
        name="code"
        label={t("code")}
        hint={t("codeHint")}
        required
        defaultValue={current(state, "code", saved.code)}
        error={error("code")}
        autoComplete="off"
      />
      <div className="grid gap-4 sm:grid-cols-2">
        {select("type", COURSE_TYPES, (v) => types(v as "ELEARNING"))}
        {select("audience", AUDIENCES, (v) => t(`audienceValue.${v}`))}
      </div>
      <Checkboxes
        legend={t("languages")}
        name="languages"
        options={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))}
        checked={saved.languages}
        state={state}
      />
      <Checkboxes
        legend={t("topics")}
        name="topics"
        options={topics.map((topic) => ({ value: topic.slug, label: topic.name }))}
        checked={saved.topics}
        state={state}
      />
      <Checkboxes
        legend={t("regions")}
        name="regions"
        options={WCO_REGIONS.map((r) => ({ value: r, label: regions(r) }))}
        checked={saved.regions}
        state={state}
      />
      <TextField
        name="countries"
        label={t("countries")}
        hint={t("countriesHint")}
        defaultValue={current(state, "countries", saved.countries.join(", "))}
        error={error("countries")}
      />
      <TextField
        name="durationMinutes"
        type="number"
        min={1}
        label={t("duration")}
        required
        defaultValue={current(state, "durationMinutes", saved.durationMinutes?.toString() ?? "")}
        error={error("durationMinutes")}
      />
      <div className="grid gap-2 sm:grid-cols-2">
        <Toggle name="featured" label={t("featured")} checked={saved.featured} state={state} />
        <Toggle name="guestAccess" label={t("guestAccess")} checked={saved.guestAccess} state={state} />
        <Toggle name="selfEnrolment" label={t("selfEnrolment")} checked={saved.selfEnrolment} state={state} />
        <Toggle name="hasCertificate" label={t("hasCertificate")} checked={saved.hasCertificate} state={state} />
      </div>
      <TextField
        name="certificateValidityMonths"
        type="number"
        min={1}
        max={120}
        label={t("validity")}
        hint={t("validityHint")}
        defaultValue={current(state, "certificateValidityMonths", saved.certificateValidityMonths?.toString() ?? "")}
        error={error("certificateValidityMonths")}
      />
    </div>
  );
}

export function TextFields({
  saved,
  state,
  chooseLocale,
}: {
  saved: TextValues;
  state: FormState;
  chooseLocale: boolean;
}) {
  const t = useTranslations("Authoring");
  const fields = useTranslations("Fields");
  const error = (name: string) => (state.errors[name] ? fields(state.errors[name]) : undefined);
  const area = (name: "description" | "objectives", rows: number, value: string, hint: string) => (
    <div>
      <Label htmlFor={name}>{t(name)}</Label>
      <p id={`${name}-hint`} className="text-sm text-slate-600">
        {hint}
      </p>
      <TextArea
        id={name}
        name={name}
        rows={rows}
        defaultValue={current(state, name, value)}
        aria-describedby={state.errors[name] ? `${name}-hint ${name}-error` : `${name}-hint`}
        aria-invalid={state.errors[name] ? true : undefined}
        className="mt-1 w-full"
      />
      <StateFieldError state={state} name={name} />
    </div>
  );
  return (
    <div className="space-y-4">
      {chooseLocale ? (
        <div>
          <Label htmlFor="locale">{t("textLanguage")}</Label>
          <Select
            id="locale"
            name="locale"
            defaultValue={current(state, "locale", saved.locale)}
            className="mt-1 w-full"
          >
            {LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LOCALE_NAMES[l]}
              </option>
            ))}
          </Select>
        </div>
      ) : (
        <input type="hidden" name="locale" value={saved.locale} />
      )}
      <TextField
        name="title"
        label={t("title")}
        required
        defaultValue={current(state, "title", saved.title)}
        error={error("title")}
        dir="auto"
      />
      <TextField
        name="summary"
        label={t("summary")}
        defaultValue={current(state, "summary", saved.summary)}
        error={error("summary")}
        dir="auto"
      />
      {area("description", 8, saved.description, t("descriptionHint"))}
      {area("objectives", 4, saved.objectives.join("\n"), t("objectivesHint"))}
    </div>
  );
}
