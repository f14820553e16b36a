"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { EMPTY_FORM, type FormAction, type FormState } from "@/lib/http/form-state";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { Label } from "@/components/ui/label";

export function LogoForm({ save }: { save: FormAction }) {
  const t = useTranslations("Console");
  const fieldText = useTranslations("Fields");
  const [state, action, pending] = useActionState<FormState, FormData>(save, EMPTY_FORM);
  return (
    <form action={action} className="space-y-2">
      {state.done ? (
        <Notice tone="success" compact>
          {t("logoSaved")}
        </Notice>
      ) : null}
      <Label htmlFor="logo">{t("logo")}</Label>
      <p id="logo-hint" className="text-sm text-slate-600">
        {t("logoHint")}
      </p>
      <input
        id="logo"
        name="logo"
        type="file"
        accept="image/png,image/jpeg,image/webp"
        required
        aria-describedby={state.errors.logo ? "logo-hint logo-error" : "logo-hint"}
        aria-invalid={state.errors.logo ? true : undefined}
      />
      {state.errors.logo ? (
        <p id="logo-error" className="text-sm text-red-800">
          {fieldText(state.errors.logo)}
        </p>
      ) : null}
      <Button disabled={pending} variant="secondary" className="block">
        {t("uploadLogo")}
      </Button>
    </form>
  );
}
