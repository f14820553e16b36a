"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { EMPTY_FORM, type FormAction, type FormState } from "@/lib/http/form-state";
import { LocaleField } from "@/components/forms/locale-field";
import { TextField } from "@/components/forms/text-field";
import { publishNewsAction } from "./actions";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Notice } from "@/components/ui/notice";
import { TextArea } from "@/components/ui/text-area";
import { SectionTitle } from "@/components/ui/section-title";
import { FieldError } from "@/components/ui/field-error";
import { Panel } from "@/components/ui/panel";

/**
 * Writes a news item in the language chosen (its original language), or edits one in place in one language
 * (`edit`, with its action bound by the page): the text written there, empty where it is not translated yet.
 */
export function NewsForm({
  edit,
}: {
  edit?: { save: FormAction; locale: string; text: { title: string; body: string } | null };
}) {
  const t = useTranslations("News");
  const authoring = useTranslations("Authoring");
  const fields = useTranslations("Fields");
  const uiLocale = useLocale();
  const [state, action, pending] = useActionState<FormState, FormData>(edit?.save ?? publishNewsAction, EMPTY_FORM);
  const value = (name: "title" | "body") => state.values[name] ?? edit?.text?.[name];
  const error = (name: string) => (state.errors[name] ? fields(state.errors[name]) : undefined);
  return (
    <Panel
      as="form"
      className="space-y-3"
      action={action}
      aria-labelledby="news-form-title"
      key={state.done && !edit ? "done" : "editing"}
    >
      <SectionTitle id="news-form-title">{edit ? t("editTitle") : t("write")}</SectionTitle>
      {state.done ? (
        <Notice tone="success" compact>
          {edit ? t("saved") : t("published")}
        </Notice>
      ) : null}
      {edit ? (
        <input type="hidden" name="locale" value={edit.locale} />
      ) : (
        <LocaleField
          name="locale"
          label={authoring("textLanguage")}
          defaultValue={state.values.locale ?? uiLocale}
          error={error("locale")}
        />
      )}
      <TextField
        name="title"
        label={t("newsTitle")}
        required
        defaultValue={value("title")}
        error={error("title")}
        dir="auto"
        lang={edit?.locale}
      />
      <FormField name="body" label={t("body")} hint={authoring("descriptionHint")} required error={error("body")}>
        {(control) => <TextArea {...control} rows={5} dir="auto" lang={edit?.locale} defaultValue={value("body")} />}
      </FormField>
      {error("form") ? <FieldError id="news-form-error">{error("form")}</FieldError> : null}
      <Button disabled={pending}>{edit ? t("save") : t("publish")}</Button>
    </Panel>
  );
}
