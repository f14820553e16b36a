"use client";

import { useTranslations } from "next-intl";
import { useNewLanguage } from "@/components/i18n/use-new-language";
import { useForm } from "@/components/forms/use-form";
import { LocaleField } from "@/components/forms/locale-field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { EmailKind } from "@/lib/notifications/email-kinds";
import { savePreferencesAction } from "./actions";

interface Props {
  locale: string;
  emails: Array<{ kind: EmailKind; on: boolean }>;
}

export function PreferencesForm({ locale, emails }: Props) {
  const t = useTranslations("Preferences");
  const { state, formAction: action, pending, error } = useForm(savePreferencesAction);
  useNewLanguage(state);
  // The boxes show what is stored: the page is read again after every save.
  return (
    <form action={action} className="space-y-6" noValidate>
      {state.done ? (
        <Notice tone="success" bordered compact>
          {t("saved")}
        </Notice>
      ) : null}
      <LocaleField
        name="locale"
        label={t("language")}
        defaultValue={state.values.locale ?? locale}
        error={error("locale")}
      />
      <fieldset className="space-y-3">
        <legend className="mb-1 font-semibold">{t("emailsLegend")}</legend>
        <p className="text-sm text-slate-600">{t("emailsIntro")}</p>
        {emails.map(({ kind, on }) => (
          <label key={kind} className="flex min-h-11 items-start gap-3">
            <input type="checkbox" name="emails" value={kind} defaultChecked={on} className="mt-1 h-5 w-5" />
            <span>
              <span className="block font-medium">{t(`kind.${kind}`)}</span>
              <span className="block text-sm text-slate-600">{t(`kindHint.${kind}`)}</span>
            </span>
          </label>
        ))}
        <p className="text-sm text-slate-600">{t("accountEmails")}</p>
      </fieldset>
      <Button disabled={pending}>{t("save")}</Button>
    </form>
  );
}
