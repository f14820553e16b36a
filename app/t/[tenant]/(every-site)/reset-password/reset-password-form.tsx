"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { EMPTY_FORM, type FormState } from "@/lib/http/form-state";
import { TextField } from "@/components/forms/text-field";
import { resetPasswordAction } from "./actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextLink } from "@/components/ui/text-link";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("ResetPassword");
  const fieldText = useTranslations("Fields");
  const shell = useTranslations("Shell");
  const [state, action, pending] = useActionState<FormState, FormData>(resetPasswordAction, EMPTY_FORM);
  if (state.done) {
    return (
      <div role="status" className="rounded border border-green-300 bg-green-50 p-4">
        <p>{t("done")}</p>
        <TextLink href="/sign-in" className="mt-2 inline-block font-medium">
          {shell("signIn")}
        </TextLink>
      </div>
    );
  }
  const error = (name: string) => (state.errors[name] ? fieldText(state.errors[name]) : undefined);
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.errors.form ? (
        <Notice tone="error" bordered>
          {fieldText(state.errors.form)}
        </Notice>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <TextField
        name="password"
        label={t("password")}
        type="password"
        required
        autoComplete="new-password"
        error={error("password")}
      />
      <TextField
        name="confirmation"
        label={t("confirmation")}
        type="password"
        required
        autoComplete="new-password"
        error={error("confirmation")}
      />
      <Button disabled={pending} className="w-full">
        {t("submit")}
      </Button>
    </form>
  );
}
