"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { EMPTY_FORM, type FormAction, type FormState } from "@/lib/http/form-state";
import { TextField } from "@/components/forms/text-field";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { publishNewsAction } from "./actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextArea } from "@/components/ui/text-area";
import { Select } from "@/components/ui/select";
import { SectionTitle } from "@/components/ui/section-title";
import { Label } from "@/components/ui/label";
import { FieldError } from "@/components/ui/field-error";
import { Panel } from "@/components/ui/panel";

/** Writes a news item, or edits one in place (`item`, with its action bound by the page). */
export function NewsForm({
  edit,
}: {
  edit?: { save: FormAction; item: { locale: string; title: string; body: string } };
}) {
  const t = useTranslations("News");
  const authoring = useTranslations("Authoring");
  const fields = useTranslations("Fields");
  const locale = useLocale();
  const [state, action, pending] = useActionState<FormState, FormData>(edit?.save ?? publishNewsAction, EMPTY_FORM);
  const value = (name: "locale" | "title" | "body") => state.values[name] ?? edit?.item[name];
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
      <div>
        <Label htmlFor="news-locale">{authoring("textLanguage")}</Label>
        <Select id="news-locale" name="locale" defaultValue={value("locale") ?? locale} className="mt-1 w-full">
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LOCALE_NAMES[l]}
            </option>
          ))}
        </Select>
      </div>
      <TextField
        name="title"
        label={t("newsTitle")}
        required
        defaultValue={value("title")}
        error={error("title")}
        dir="auto"
      />
      <div>
        <Label htmlFor="news-body">
          {t("body")} <span aria-hidden="true">*</span>
        </Label>
        <p id="news-body-hint" className="text-sm text-slate-600">
          {authoring("descriptionHint")}
        </p>
        <TextArea
          id="news-body"
          name="body"
          rows={5}
          required
          dir="auto"
          defaultValue={value("body")}
          aria-describedby={error("body") ? "news-body-hint body-error" : "news-body-hint"}
          aria-invalid={error("body") ? true : undefined}
          className="mt-1 w-full"
        />
        {error("body") ? <FieldError id="body-error">{error("body")}</FieldError> : null}
      </div>
      {error("form") ? <FieldError id="news-form-error">{error("form")}</FieldError> : null}
      <Button disabled={pending}>{edit ? t("save") : t("publish")}</Button>
    </Panel>
  );
}
