"use client";

import { FileField } from "@/components/forms/file-field";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { EMPTY_FORM, type FormAction, type FormState } from "@/lib/http/form-state";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

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
      <FileField
        name="logo"
        label={t("logo")}
        hint={t("logoHint")}
        accept="image/png,image/jpeg,image/webp"
        required
        error={state.errors.logo ? fieldText(state.errors.logo) : undefined}
      />
      <Button disabled={pending} variant="secondary" className="block">
        {t("uploadLogo")}
      </Button>
    </form>
  );
}
