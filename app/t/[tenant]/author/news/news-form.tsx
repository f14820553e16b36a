"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { EMPTY_FORM, type FormState } from "@/components/forms/form-state";
import { TextField } from "@/components/forms/text-field";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { publishNewsAction } from "./actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

export function NewsForm() {
  const t = useTranslations("News");
  const authoring = useTranslations("Authoring");
  const fields = useTranslations("Fields");
  const locale = useLocale();
  const [state, action, pending] = useActionState<FormState, FormData>(publishNewsAction, EMPTY_FORM);
  const error = (name: string) => (state.errors[name] ? fields(state.errors[name]) : undefined);
  return (
    <form action={action} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="news-form-title" key={state.done ? "done" : "editing"}>
      <h2 id="news-form-title" className="text-xl font-semibold">{t("write")}</h2>
      {state.done ? <Notice tone="success" compact>{t("published")}</Notice> : null}
      <div>
        <label htmlFor="news-locale" className="block font-medium">{authoring("textLanguage")}</label>
        <select id="news-locale" name="locale" defaultValue={state.values.locale ?? locale} className="mt-1 w-full rounded border border-slate-400 px-3 py-2">
          {LOCALES.map((l) => <option key={l} value={l} lang={l}>{LOCALE_NAMES[l]}</option>)}
        </select>
      </div>
      <TextField name="title" label={t("newsTitle")} required defaultValue={state.values.title} error={error("title")} dir="auto" />
      <div>
        <label htmlFor="news-body" className="block font-medium">{t("body")} <span aria-hidden="true">*</span></label>
        <p id="news-body-hint" className="text-sm text-slate-600">{authoring("descriptionHint")}</p>
        <textarea id="news-body" name="body" rows={5} required dir="auto" defaultValue={state.values.body} aria-describedby={error("body") ? "news-body-hint body-error" : "news-body-hint"} aria-invalid={error("body") ? true : undefined} className="mt-1 w-full rounded border border-slate-400 px-3 py-2" />
        {error("body") ? <p id="body-error" className="mt-1 text-sm text-red-800">{error("body")}</p> : null}
      </div>
      <Button disabled={pending}>{t("publish")}</Button>
    </form>
  );
}
