"use client";

import { useTranslations } from "next-intl";
import { useNewLanguage } from "@/components/i18n/use-new-language";
import { useForm } from "@/components/forms/use-form";
import { LocaleField } from "@/components/forms/locale-field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { EmailKind } from "@/lib/notifications/email-kinds";
import { savePreferencesAction } from "./actions";

type Choice = { kind: EmailKind; on: boolean };

interface Props {
  locale: string;
  emails: Choice[];
  alerts: Choice[];
  discussionDigest: boolean;
  academy: boolean;
}

const BOX = "h-5 w-5";

export function PreferencesForm({ locale, emails, alerts, discussionDigest, academy }: Props) {
  const t = useTranslations("Preferences");
  const { state, formAction: action, pending, error } = useForm(savePreferencesAction);
  useNewLanguage(state);
  const alertOn = new Map(alerts.map((a) => [a.kind, a.on]));
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
        <p className="text-sm text-slate-600">{t("channelsIntro")}</p>
        {emails.map(({ kind, on }) => (
          <fieldset key={kind} className="border-t border-slate-200 pt-3" data-kind={kind}>
            <legend className="sr-only">{t(`kind.${kind}`)}</legend>
            <p aria-hidden="true" className="font-medium">
              {t(`kind.${kind}`)}
            </p>
            <p className="text-sm text-slate-600">{t(`kindHint.${kind}`)}</p>
            <div className="mt-1 flex flex-wrap gap-x-6">
              <label className="flex min-h-11 items-center gap-2">
                <input type="checkbox" name="emails" value={kind} defaultChecked={on} className={BOX} />
                {t("email")}
              </label>
              <label className="flex min-h-11 items-center gap-2">
                <input type="checkbox" name="alerts" value={kind} defaultChecked={alertOn.get(kind)} className={BOX} />
                {t("alerts")}
              </label>
            </div>
          </fieldset>
        ))}
        <label className="flex min-h-11 items-start gap-3 border-t border-slate-200 pt-3">
          <input type="checkbox" name="discussionDigest" defaultChecked={discussionDigest} className={`mt-1 ${BOX}`} />
          <span>
            <span className="block font-medium">{t("digest")}</span>
            <span className="block text-sm text-slate-600">{t("digestHint")}</span>
          </span>
        </label>
        <p className="text-sm text-slate-600">{academy ? t("academyAccountEmails") : t("accountEmails")}</p>
      </fieldset>
      <Button disabled={pending}>{t("save")}</Button>
    </form>
  );
}
