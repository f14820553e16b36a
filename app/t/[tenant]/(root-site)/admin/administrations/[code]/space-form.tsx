"use client";

import { LocaleField } from "@/components/forms/locale-field";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { EMPTY_FORM, type FormAction, type FormState } from "@/lib/http/form-state";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { SectionTitle } from "@/components/ui/section-title";
import { Panel } from "@/components/ui/panel";

export interface SpaceSettings {
  spaceEnabled: boolean;
  slug: string;
  displayName: string | null;
  primaryColor: string | null;
  accentColor: string | null;
  defaultLocale: string;
}

export function SpaceForm({
  save,
  settings,
  rootDomain,
}: {
  save: FormAction;
  settings: SpaceSettings;
  rootDomain: string;
}) {
  const t = useTranslations("Console");
  const fieldText = useTranslations("Fields");
  const [state, action, pending] = useActionState<FormState, FormData>(save, EMPTY_FORM);
  // After a refused save the form shows what was typed; otherwise the saved settings.
  const typed = Object.keys(state.values).length > 0;
  const value = (key: keyof SpaceSettings) => (typed ? state.values[key] : String(settings[key] ?? ""));
  const error = (key: string) => (state.errors[key] ? fieldText(state.errors[key]) : undefined);
  return (
    <Panel as="form" className="space-y-4" action={action} aria-labelledby="space-title">
      <SectionTitle id="space-title">{t("spaceTitle")}</SectionTitle>
      {state.done ? (
        <Notice tone="success" compact>
          {t("saved")}
        </Notice>
      ) : null}
      <div>
        <label className="flex items-center gap-2 font-medium">
          <input
            type="checkbox"
            name="enabled"
            defaultChecked={typed ? state.values.enabled === "on" : settings.spaceEnabled}
            className="h-4 w-4"
          />
          {t("enabled")}
        </label>
        <p className="text-sm text-slate-600">{t("enabledHint")}</p>
      </div>
      <TextField
        name="slug"
        label={t("slug")}
        required
        hint={t("slugHint", { address: `${value("slug") || "…"}.${rootDomain}` })}
        defaultValue={value("slug")}
        error={error("slug")}
        autoComplete="off"
      />
      <TextField
        name="displayName"
        label={t("displayName")}
        defaultValue={value("displayName")}
        error={error("displayName")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="primaryColor"
          label={t("primaryColor")}
          placeholder="#00467f"
          defaultValue={value("primaryColor")}
          error={error("primaryColor")}
        />
        <TextField
          name="accentColor"
          label={t("accentColor")}
          placeholder="#e07b00"
          defaultValue={value("accentColor")}
          error={error("accentColor")}
        />
      </div>
      <LocaleField name="defaultLocale" label={t("defaultLocale")} defaultValue={value("defaultLocale")} />
      <Button disabled={pending}>{t("save")}</Button>
    </Panel>
  );
}
