"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { EMPTY_FORM } from "@/lib/http/form-state";
import { signInAction } from "./actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { Label } from "@/components/ui/label";
import { Input } from "@/components/ui/input";
import { FieldError } from "@/components/ui/field-error";

export function SignInForm({ returnTo }: { returnTo: string }) {
  const t = useTranslations("SignIn");
  const [state, formAction, pending] = useActionState(signInAction, EMPTY_FORM);
  const missing = new Set(Object.keys(state.errors).filter((field) => field !== "form"));
  // A full page load after signing in: the header, menus and tasks all render for the signed-in user.
  useEffect(() => {
    if (state.redirectTo) window.location.assign(state.redirectTo);
  }, [state.redirectTo]);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="returnTo" value={returnTo} />
      {state.errors.form ? (
        <Notice tone="error" bordered>
          {t(state.errors.form)}
        </Notice>
      ) : null}
      <div>
        <Label htmlFor="identifier">
          {t("identifier")} <span aria-hidden="true">*</span>
        </Label>
        <Input
          id="identifier"
          name="identifier"
          type="text"
          autoComplete="username"
          required
          defaultValue={state.values.identifier}
          aria-invalid={missing.has("identifier") || undefined}
          aria-describedby={missing.has("identifier") ? "identifier-error" : undefined}
          className="mt-1 w-full"
        />
        {missing.has("identifier") ? <FieldError id="identifier-error">{t("required")}</FieldError> : null}
      </div>
      <div>
        <Label htmlFor="password">
          {t("password")} <span aria-hidden="true">*</span>
        </Label>
        <Input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={missing.has("password") || undefined}
          aria-describedby={missing.has("password") ? "password-error" : undefined}
          className="mt-1 w-full"
        />
        {missing.has("password") ? <FieldError id="password-error">{t("required")}</FieldError> : null}
      </div>
      <Button disabled={pending} className="w-full">
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
