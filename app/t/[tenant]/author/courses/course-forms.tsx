"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { EMPTY_FORM, type FormAction, type FormState } from "@/components/forms/form-state";
import { createCourseAction } from "./actions";
import { SettingsFields, TextFields, type SettingsValues, type TextValues } from "./course-fields";

type Topics = Array<{ slug: string; name: string }>;
const button = "rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-strong disabled:opacity-60";

function Saved({ state }: { state: FormState }) {
  const t = useTranslations("Authoring");
  return state.done ? <p role="status" className="rounded bg-green-50 p-2 text-green-900">{t("saved")}</p> : null;
}

export function NewCourseForm({ settings, text, topics }: { settings: SettingsValues; text: TextValues; topics: Topics }) {
  const t = useTranslations("Authoring");
  const [state, action, pending] = useActionState<FormState, FormData>(createCourseAction, EMPTY_FORM);
  useEffect(() => {
    if (state.redirectTo) window.location.assign(state.redirectTo);
  }, [state.redirectTo]);
  return (
    <form action={action} className="grid gap-6 lg:grid-cols-2">
      <section className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="settings-title">
        <h2 id="settings-title" className="text-xl font-semibold">{t("settings")}</h2>
        <SettingsFields saved={settings} state={state} topics={topics} />
      </section>
      <section className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="text-title">
        <h2 id="text-title" className="text-xl font-semibold">{t("texts")}</h2>
        <TextFields saved={text} state={state} chooseLocale />
        <button type="submit" disabled={pending} className={button}>{t("create")}</button>
      </section>
    </form>
  );
}

export function SettingsForm({ save, settings, topics }: { save: FormAction; settings: SettingsValues; topics: Topics }) {
  const t = useTranslations("Authoring");
  const [state, action, pending] = useActionState<FormState, FormData>(save, EMPTY_FORM);
  return (
    <form action={action} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="settings-title">
      <h2 id="settings-title" className="text-xl font-semibold">{t("settings")}</h2>
      <Saved state={state} />
      <SettingsFields saved={settings} state={state} topics={topics} />
      <button type="submit" disabled={pending} className={button}>{t("saveSettings")}</button>
    </form>
  );
}

export function TextForm({ save, text }: { save: FormAction; text: TextValues }) {
  const t = useTranslations("Authoring");
  const [state, action, pending] = useActionState<FormState, FormData>(save, EMPTY_FORM);
  return (
    <form action={action} className="space-y-4">
      <Saved state={state} />
      <TextFields saved={text} state={state} chooseLocale={false} />
      <button type="submit" disabled={pending} className={button}>{t("saveTexts")}</button>
    </form>
  );
}
