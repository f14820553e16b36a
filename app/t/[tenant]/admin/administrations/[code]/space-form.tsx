"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { EMPTY_FORM, type FormAction, type FormState } from "@/components/forms/form-state";
import { TextField } from "@/components/forms/text-field";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";

export interface SpaceSettings {
  spaceEnabled: boolean;
  slug: string;
  displayName: string | null;
  primaryColor: string | null;
  accentColor: string | null;
  defaultLocale: string;
}

export function SpaceForm({ save, settings, rootDomain }: { save: FormAction; settings: SpaceSettings; rootDomain: string }) {
  const t = useTranslations("Console");
  const fieldText = useTranslations("Fields");
  const [state, action, pending] = useActionState<FormState, FormData>(save, EMPTY_FORM);
  // After a refused save the form shows what was typed; otherwise the saved settings.
  const typed = Object.keys(state.values).length > 0;
  const value = (key: keyof SpaceSettings) => (typed ? state.values[key] : String(settings[key] ?? ""));
  const error = (key: string) => (state.errors[key] ? fieldText(state.errors[key]) : undefined);
  return (
    <form action={action} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="space-title">
      <h2 id="space-title" className="text-xl font-semibold">{t("spaceTitle")}</h2>
      {state.done ? <p role="status" className="rounded bg-green-50 p-2 text-green-900">{t("saved")}</p> : null}
      <div>
        <label className="flex items-center gap-2 font-medium">
          <input type="checkbox" name="enabled" defaultChecked={typed ? state.values.enabled === "on" : settings.spaceEnabled} className="h-4 w-4" />
          {t("enabled")}
        </label>
        <p className="text-sm text-slate-600">{t("enabledHint")}</p>
      </div>
      <TextField name="slug" label={t("slug")} required hint={t("slugHint", { address: `${value("slug") || "…"}.${rootDomain}` })} defaultValue={value("slug")} error={error("slug")} autoComplete="off" />
      <TextField name="displayName" label={t("displayName")} defaultValue={value("displayName")} error={error("displayName")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="primaryColor" label={t("primaryColor")} placeholder="#00467f" defaultValue={value("primaryColor")} error={error("primaryColor")} />
        <TextField name="accentColor" label={t("accentColor")} placeholder="#e07b00" defaultValue={value("accentColor")} error={error("accentColor")} />
      </div>
      <div>
        <label htmlFor="defaultLocale" className="block font-medium">{t("defaultLocale")}</label>
        <select id="defaultLocale" name="defaultLocale" defaultValue={value("defaultLocale")} className="mt-1 w-full rounded border border-slate-400 px-3 py-2">
          {LOCALES.map((locale) => <option key={locale} value={locale} lang={locale}>{LOCALE_NAMES[locale]}</option>)}
        </select>
      </div>
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-strong disabled:opacity-60">{t("save")}</button>
    </form>
  );
}
