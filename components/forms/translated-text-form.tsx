"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { LocaleField } from "@/components/forms/locale-field";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { FormField } from "@/components/ui/form-field";
import { Notice } from "@/components/ui/notice";
import { Panel } from "@/components/ui/panel";
import { SectionTitle } from "@/components/ui/section-title";
import { TextArea } from "@/components/ui/text-area";
import { EMPTY_FORM, type FormAction, type FormState } from "@/lib/http/form-state";

/** The words of one use of the form, each already in the reader's language; each pair is (writing, editing). */
export type TranslatedTextLabels = {
  heading: [string, string];
  done: [string, string];
  submit: [string, string];
  textLanguage: string;
  title: string;
  body: string;
  bodyHint: string;
};

/**
 * A title and body in one of the platform's languages (ADR 0037): written in the language chosen (its original
 * language), or (`edit`) edited in place in one language, the text written there, empty where it is not translated
 * yet. Its action is bound by the page (ADR 0016); what was typed comes back with the errors.
 */
export function TranslatedTextForm({
  save,
  edit,
  id,
  rows,
  labels,
}: {
  save: FormAction;
  edit?: { locale: string; text: { title: string; body: string } | null };
  /** Names the heading (`<id>-title`, the target of the page's language tabs) and the form's error. */
  id: string;
  rows: number;
  labels: TranslatedTextLabels;
}) {
  const fields = useTranslations("Fields");
  const uiLocale = useLocale();
  const [state, action, pending] = useActionState<FormState, FormData>(save, EMPTY_FORM);
  const value = (name: "title" | "body") => state.values[name] ?? edit?.text?.[name];
  const error = (name: string) => (state.errors[name] ? fields(state.errors[name]) : undefined);
  const pick = ([writing, editing]: [string, string]) => (edit ? editing : writing);
  return (
    <Panel
      as="form"
      className="space-y-3"
      action={action}
      aria-labelledby={`${id}-title`}
      key={state.done && !edit ? "done" : "editing"}
    >
      <SectionTitle id={`${id}-title`}>{pick(labels.heading)}</SectionTitle>
      {state.done ? (
        <Notice tone="success" compact>
          {pick(labels.done)}
        </Notice>
      ) : null}
      {edit ? (
        <input type="hidden" name="locale" value={edit.locale} />
      ) : (
        <LocaleField
          name="locale"
          label={labels.textLanguage}
          defaultValue={state.values.locale ?? uiLocale}
          error={error("locale")}
        />
      )}
      <TextField
        name="title"
        label={labels.title}
        required
        defaultValue={value("title")}
        error={error("title")}
        dir="auto"
        lang={edit?.locale}
      />
      <FormField name="body" label={labels.body} hint={labels.bodyHint} required error={error("body")}>
        {(control) => <TextArea {...control} rows={rows} dir="auto" lang={edit?.locale} defaultValue={value("body")} />}
      </FormField>
      {error("form") ? <FieldError id={`${id}-error`}>{error("form")}</FieldError> : null}
      <Button disabled={pending}>{pick(labels.submit)}</Button>
    </Panel>
  );
}
