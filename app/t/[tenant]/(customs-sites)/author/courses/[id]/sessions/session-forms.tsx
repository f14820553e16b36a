"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { EMPTY_FORM, type FormAction, type FormState } from "@/lib/http/form-state";
import { TextField } from "@/components/forms/text-field";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { FIELD_KINDS, type FormField } from "@/lib/workshops/workshop-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { Select } from "@/components/ui/select";
import { SectionTitle } from "@/components/ui/section-title";
import { Label } from "@/components/ui/label";
import { Panel } from "@/components/ui/panel";

export interface SessionValues {
  timeZone: string;
  startsAt: string;
  endsAt: string;
  applicationsCloseAt: string;
  place: string;
  onlineUrl: string;
  capacity: string;
}

/** Adds a session (sessionId null) or edits one; times are typed on the session's own clock. */
export function SessionForm({
  save,
  sessionId,
  initial,
  title,
}: {
  save: FormAction;
  sessionId: string | null;
  initial: SessionValues;
  title: string;
}) {
  const t = useTranslations("Workshops.author");
  const fields = useTranslations("Fields");
  const [state, action, pending] = useActionState<FormState, FormData>(save, EMPTY_FORM);
  const typed = Object.keys(state.values).length > 0;
  const value = (key: keyof SessionValues) => (typed ? (state.values[key] ?? "") : initial[key]);
  const error = (key: string) => (state.errors[key] ? fields(state.errors[key]) : undefined);
  const form = useRef<HTMLFormElement>(null);
  // An added session clears the form for the next one; a refused one keeps what was typed.
  useEffect(() => {
    if (state.done && !sessionId) form.current?.reset();
  }, [state, sessionId]);
  return (
    <Panel as="form" className="space-y-3" ref={form} action={action} aria-labelledby="session-form-title">
      <SectionTitle id="session-form-title">{title}</SectionTitle>
      {state.done ? (
        <Notice tone="success" compact>
          {t("saved")}
        </Notice>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          name="timeZone"
          label={t("timeZone")}
          hint={t("timeZoneHint")}
          required
          list="time-zones"
          autoComplete="off"
          defaultValue={value("timeZone")}
          error={error("timeZone")}
        />
        <TextField
          name="capacity"
          type="number"
          min={1}
          max={10000}
          label={t("capacity")}
          required
          defaultValue={value("capacity")}
          error={error("capacity")}
        />
        <TextField
          name="startsAt"
          type="datetime-local"
          label={t("startsAt")}
          required
          defaultValue={value("startsAt")}
          error={error("startsAt")}
        />
        <TextField
          name="endsAt"
          type="datetime-local"
          label={t("endsAt")}
          required
          defaultValue={value("endsAt")}
          error={error("endsAt")}
        />
        <TextField
          name="place"
          label={t("place")}
          maxLength={300}
          defaultValue={value("place")}
          error={error("place")}
        />
        <TextField
          name="onlineUrl"
          type="url"
          label={t("onlineUrl")}
          maxLength={500}
          placeholder="https://"
          defaultValue={value("onlineUrl")}
          error={error("onlineUrl")}
        />
        <TextField
          name="applicationsCloseAt"
          type="datetime-local"
          label={t("applicationsCloseAt")}
          hint={t("applicationsCloseHint")}
          defaultValue={value("applicationsCloseAt")}
          error={error("applicationsCloseAt")}
        />
      </div>
      <Button disabled={pending}>{t("save")}</Button>
    </Panel>
  );
}

/** Deletes a session after confirmation; a refusal (selected participants) is shown beside the button. */
export function DeleteSessionForm({ save, label }: { save: FormAction; label: string }) {
  const t = useTranslations("Workshops.author");
  const fields = useTranslations("Fields");
  const [state, action, pending] = useActionState<FormState, FormData>(save, EMPTY_FORM);
  return (
    <form action={action} className="inline-flex flex-wrap items-center gap-2">
      <ConfirmButton question={t("deleteConfirm")} disabled={pending} aria-label={label} variant="danger" size="xs">
        {t("delete")}
      </ConfirmButton>
      {state.errors.session ? (
        <span role="alert" className="text-sm text-red-800">
          {fields(state.errors.session)}
        </span>
      ) : null}
    </form>
  );
}

/** The information form: one row per field (labels per language, kind, required), and a blank row to add one. */
export function InformationFormEditor({ save, form }: { save: FormAction; form: FormField[] }) {
  const t = useTranslations("Workshops.author");
  const fields = useTranslations("Fields");
  const [state, action, pending] = useActionState<FormState, FormData>(save, EMPTY_FORM);
  // After a save the rows show the saved form; after a refusal, what was typed.
  const typed = !state.done && Object.keys(state.values).length > 0;
  const rows: Array<FormField | null> = [...form, null];
  const value = (index: number, key: string, stored: string) =>
    typed ? (state.values[`field.${index}.${key}`] ?? "") : stored;
  const checked = (index: number, key: string, stored: boolean) =>
    typed ? state.values[`field.${index}.${key}`] === "on" : stored;
  return (
    <Panel as="form" className="space-y-4" action={action} aria-labelledby="information-form-title">
      <SectionTitle id="information-form-title">{t("formTitle")}</SectionTitle>
      <p className="text-sm text-slate-600">{t("formHint")}</p>
      {state.done ? (
        <Notice tone="success" compact>
          {t("formSaved")}
        </Notice>
      ) : null}
      {state.errors.form ? (
        <Notice tone="error" compact>
          {fields(state.errors.form)}
        </Notice>
      ) : null}
      {/* Rows start afresh from the saved form after each save (new ids, an empty row to add the next field). */}
      <div key={JSON.stringify(form)} className="space-y-4">
        {rows.map((field, index) => {
          const labelError = state.errors[`field.${index}.label`];
          return (
            <fieldset
              key={field?.id ?? "new"}
              className="space-y-2 rounded border border-slate-200 p-3"
              data-testid="form-field-row"
            >
              <legend className="px-1 font-medium">{field ? t("field", { number: index + 1 }) : t("newField")}</legend>
              <input type="hidden" name={`field.${index}.id`} value={field?.id ?? ""} />
              <div className="flex flex-wrap items-end gap-4">
                <div>
                  <Label htmlFor={`field.${index}.kind`}>{t("kind")}</Label>
                  <Select
                    id={`field.${index}.kind`}
                    name={`field.${index}.kind`}
                    defaultValue={value(index, "kind", field?.kind ?? "text")}
                    className="mt-1"
                  >
                    {FIELD_KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {t(`kindValue.${kind}`)}
                      </option>
                    ))}
                  </Select>
                </div>
                <label className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    name={`field.${index}.required`}
                    defaultChecked={checked(index, "required", field?.required ?? false)}
                    className="h-4 w-4"
                  />
                  {t("required")}
                </label>
                {field ? (
                  <label className="flex items-center gap-2">
                    <input
                      type="checkbox"
                      name={`field.${index}.remove`}
                      defaultChecked={checked(index, "remove", false)}
                      className="h-4 w-4"
                    />
                    {t("removeField")}
                  </label>
                ) : null}
              </div>
              <div className="grid gap-2 sm:grid-cols-2">
                {LOCALES.map((locale) => (
                  <TextField
                    key={locale}
                    name={`field.${index}.label.${locale}`}
                    label={t("label", { language: LOCALE_NAMES[locale] })}
                    lang={locale}
                    dir="auto"
                    maxLength={300}
                    defaultValue={value(
                      index,
                      `label.${locale}`,
                      (field?.label as Record<string, string> | undefined)?.[locale] ?? "",
                    )}
                    error={locale === "en" && labelError ? fields(labelError) : undefined}
                  />
                ))}
              </div>
            </fieldset>
          );
        })}
      </div>
      <Button disabled={pending}>{t("saveForm")}</Button>
    </Panel>
  );
}
