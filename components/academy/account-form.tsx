"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useFollowRedirect } from "@/components/forms/use-follow-redirect";
import { TextField } from "@/components/forms/text-field";
import { EMPTY_FORM, type FormState } from "@/lib/http/form-state";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { FieldError } from "@/components/ui/field-error";
import { TextLink } from "@/components/ui/text-link";

/** The Academy account form (sign-up, or accepting a seat with a new account): says `doneMessage` or follows `redirectTo` on success. */
export function AccountForm({
  action,
  fixedEmail,
  hidden,
  submitLabel,
  doneMessage,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  fixedEmail?: string;
  hidden?: Record<string, string>;
  submitLabel: string;
  doneMessage?: string;
}) {
  const t = useTranslations("Register");
  const fields = useTranslations("Fields");
  const [state, formAction, pending] = useActionState(action, EMPTY_FORM);
  useFollowRedirect(state.redirectTo);
  const error = (name: string) => (state.errors[name] ? fields(state.errors[name]) : undefined);
  if (state.done && doneMessage)
    return (
      <p role="status" className="rounded border border-green-300 bg-green-50 p-4">
        {doneMessage}
      </p>
    );
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <p className="text-sm text-slate-700">{t("mandatory")}</p>
      {state.errors.form ? (
        <Notice tone="error" bordered>
          {fields(state.errors.form)}
        </Notice>
      ) : null}
      <TextField
        name="firstName"
        label={t("firstName")}
        required
        autoComplete="given-name"
        defaultValue={state.values.firstName}
        error={error("firstName")}
      />
      <TextField
        name="lastName"
        label={t("lastName")}
        required
        autoComplete="family-name"
        defaultValue={state.values.lastName}
        error={error("lastName")}
      />
      {fixedEmail ? (
        <TextField name="email" label={t("email")} required readOnly value={fixedEmail} error={error("email")} />
      ) : (
        <TextField
          name="email"
          label={t("email")}
          type="email"
          required
          autoComplete="email"
          defaultValue={state.values.email}
          error={error("email")}
        />
      )}
      <TextField
        name="password"
        label={t("password")}
        type="password"
        required
        autoComplete="new-password"
        hint={t("passwordHint")}
        error={error("password")}
      />
      <div>
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            name="acceptTerms"
            className="mt-1"
            aria-invalid={state.errors.acceptTerms ? true : undefined}
            aria-describedby={state.errors.acceptTerms ? "acceptTerms-error" : undefined}
          />
          <span>
            {t("acceptTerms")} <TextLink href="/terms">{t("readTerms")}</TextLink>
          </span>
        </label>
        {state.errors.acceptTerms ? (
          <FieldError id="acceptTerms-error">{fields(state.errors.acceptTerms)}</FieldError>
        ) : null}
      </div>
      <Button disabled={pending}>{pending ? t("submitting") : submitLabel}</Button>
    </form>
  );
}
