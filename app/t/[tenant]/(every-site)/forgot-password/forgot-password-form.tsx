"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { EMPTY_FORM, type FormState } from "@/lib/http/form-state";
import { TextField } from "@/components/forms/text-field";
import { forgotPasswordAction } from "./actions";
import { Button } from "@/components/ui/button";

export function ForgotPasswordForm() {
  const t = useTranslations("ForgotPassword");
  const [state, action, pending] = useActionState<FormState, FormData>(forgotPasswordAction, EMPTY_FORM);
  if (state.done)
    return (
      <p role="status" className="rounded border border-green-300 bg-green-50 p-4">
        {t("sent")}
      </p>
    );
  return (
    <form action={action} className="space-y-4">
      <TextField name="identifier" label={t("identifier")} required autoComplete="username" />
      <Button disabled={pending} className="w-full">
        {t("submit")}
      </Button>
    </form>
  );
}
