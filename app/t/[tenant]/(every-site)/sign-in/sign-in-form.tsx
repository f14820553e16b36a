"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { signInAction, type SignInState } from "./actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { Label } from "@/components/ui/label";
import { Input } from "@/components/ui/input";
import { FieldError } from "@/components/ui/field-error";

export function SignInForm({ returnTo }: { returnTo: string }) {
  const t = useTranslations("SignIn");
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signInAction, { identifier: "" });
  const missing = new Set(state.missing ?? []);
  // A full page load after signing in: the header, menus and tasks all render for the signed-in user.
  useEffect(() => {
    if (state.signedInTo) window.location.assign(state.signedInTo);
  }, [state.signedInTo]);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="returnTo" value={returnTo} />
      {state.error ? (
        <Notice tone="error" bordered>
          {t(state.error)}
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
          defaultValue={state.identifier}
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
