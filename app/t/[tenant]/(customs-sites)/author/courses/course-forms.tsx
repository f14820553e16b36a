"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useFollowRedirect } from "@/components/forms/use-follow-redirect";
import { EMPTY_FORM, type FormAction, type FormState } from "@/lib/http/form-state";
import { createCourseAction } from "./actions";
import { SettingsFields, TextFields, type SettingsValues, type TextValues } from "./course-fields";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { SectionTitle } from "@/components/ui/section-title";
import { Panel } from "@/components/ui/panel";

type Topics = Array<{ slug: string; name: string }>;

function Saved({ state }: { state: FormState }) {
  const t = useTranslations("Authoring");
  return state.done ? (
    <Notice tone="success" compact>
      {t("saved")}
    </Notice>
  ) : null;
}

export function NewCourseForm({
  settings,
  text,
  topics,
}: {
  settings: SettingsValues;
  text: TextValues;
  topics: Topics;
}) {
  const t = useTranslations("Authoring");
  const [state, action, pending] = useActionState<FormState, FormData>(createCourseAction, EMPTY_FORM);
  useFollowRedirect(state.redirectTo);
  return (
    <form action={action} className="grid gap-6 lg:grid-cols-2">
      <Panel className="space-y-4" aria-labelledby="settings-title">
        <SectionTitle id="settings-title">{t("settings")}</SectionTitle>
        <SettingsFields saved={settings} state={state} topics={topics} />
      </Panel>
      <Panel className="space-y-4" aria-labelledby="text-title">
        <SectionTitle id="text-title">{t("texts")}</SectionTitle>
        <TextFields saved={text} state={state} chooseLocale />
        <Button disabled={pending}>{t("create")}</Button>
      </Panel>
    </form>
  );
}

export function SettingsForm({
  save,
  settings,
  topics,
}: {
  save: FormAction;
  settings: SettingsValues;
  topics: Topics;
}) {
  const t = useTranslations("Authoring");
  const [state, action, pending] = useActionState<FormState, FormData>(save, EMPTY_FORM);
  return (
    <Panel as="form" className="space-y-4" action={action} aria-labelledby="settings-title">
      <SectionTitle id="settings-title">{t("settings")}</SectionTitle>
      <Saved state={state} />
      <SettingsFields saved={settings} state={state} topics={topics} />
      <Button disabled={pending}>{t("saveSettings")}</Button>
    </Panel>
  );
}

export function TextForm({ save, text }: { save: FormAction; text: TextValues }) {
  const t = useTranslations("Authoring");
  const [state, action, pending] = useActionState<FormState, FormData>(save, EMPTY_FORM);
  return (
    <form action={action} className="space-y-4">
      <Saved state={state} />
      <TextFields saved={text} state={state} chooseLocale={false} />
      <Button disabled={pending}>{t("saveTexts")}</Button>
    </form>
  );
}
