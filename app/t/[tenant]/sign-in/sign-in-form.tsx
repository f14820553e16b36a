"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { signInAction, type SignInState } from "./actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

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
        <label htmlFor="identifier" className="block font-medium">
          {t("identifier")} <span aria-hidden="true">*</span>
        </label>
        <input
          id="identifier" name="identifier" type="text" autoComplete="username" required defaultValue={state.identifier}
          aria-invalid={missing.has("identifier") || undefined} aria-describedby={missing.has("identifier") ? "identifier-error" : undefined}
          className="mt-1 w-full rounded border border-slate-400 px-3 py-2"
        />
        {missing.has("identifier") ? <p id="identifier-error" className="mt-1 text-sm text-red-800">{t("required")}</p> : null}
      </div>
      <div>
        <label htmlFor="password" className="block font-medium">
          {t("password")} <span aria-hidden="true">*</span>
        </label>
        <input
          id="password" name="password" type="password" autoComplete="current-password" required
          aria-invalid={missing.has("password") || undefined} aria-describedby={missing.has("password") ? "password-error" : undefined}
          className="mt-1 w-full rounded border border-slate-400 px-3 py-2"
        />
        {missing.has("password") ? <p id="password-error" className="mt-1 text-sm text-red-800">{t("required")}</p> : null}
      </div>
      <Button disabled={pending} className="w-full">
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
