"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useFollowRedirect } from "@/components/forms/use-follow-redirect";
import { EMPTY_FORM } from "@/lib/http/form-state";
import { signInAction } from "./actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/forms/text-field";

export function SignInForm({ returnTo }: { returnTo: string }) {
  const t = useTranslations("SignIn");
  const [state, formAction, pending] = useActionState(signInAction, EMPTY_FORM);
  const missing = new Set(Object.keys(state.errors).filter((field) => field !== "form"));
  // A full page load after signing in: the header, menus and tasks all render for the signed-in user.
  useFollowRedirect(state.redirectTo);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="returnTo" value={returnTo} />
      {state.errors.form ? (
        <Notice tone="error" bordered>
          {t(state.errors.form)}
        </Notice>
      ) : null}
      <TextField
        name="identifier"
        label={t("identifier")}
        type="text"
        autoComplete="username"
        required
        defaultValue={state.values.identifier}
        error={missing.has("identifier") ? t("required") : undefined}
      />
      <TextField
        name="password"
        label={t("password")}
        type="password"
        autoComplete="current-password"
        required
        error={missing.has("password") ? t("required") : undefined}
      />
      <Button disabled={pending} className="w-full">
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
