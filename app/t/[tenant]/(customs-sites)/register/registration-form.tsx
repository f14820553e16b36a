"use client";

import { LocaleField } from "@/components/forms/locale-field";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { TextField } from "@/components/forms/text-field";
import { EMPTY_FORM, type FormState } from "@/lib/http/form-state";
import { registerAction } from "./actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { Select } from "@/components/ui/select";
import { FormField } from "@/components/ui/form-field";
import { FieldError } from "@/components/ui/field-error";
import { TextAnchor } from "@/components/ui/text-anchor";

interface Props {
  /** null on an administration's space, where the organization is fixed. */
  administrations: Array<{ countryCode: string; name: string }> | null;
  fixedAdministration: string | null;
  defaultLocale: string;
}

export function RegistrationForm({ administrations, fixedAdministration, defaultLocale }: Props) {
  const t = useTranslations("Register");
  const fieldText = useTranslations("Fields");
  const [state, action, pending] = useActionState<FormState, FormData>(registerAction, EMPTY_FORM);
  if (state.done) {
    return (
      <div role="status" className="rounded border border-green-300 bg-green-50 p-4">
        <h2 className="text-lg font-semibold">{t("checkEmailTitle")}</h2>
        <p className="mt-1">{t("checkEmail", { email: state.values.email })}</p>
      </div>
    );
  }
  const error = (name: string) => (state.errors[name] ? fieldText(state.errors[name]) : undefined);
  const v = state.values;
  return (
    <form action={action} className="space-y-4" noValidate>
      <p className="text-sm text-slate-600">{t("mandatory")}</p>
      {state.errors.form ? (
        <Notice tone="error" bordered>
          {fieldText(state.errors.form)}
        </Notice>
      ) : null}
      {administrations ? (
        <FormField name="administration" label={t("administration")} required error={error("administration")}>
          {(control) => (
            <Select {...control} defaultValue={v.administration ?? ""}>
              <option value="">{t("chooseAdministration")}</option>
              {administrations.map((a) => (
                <option key={a.countryCode} value={a.countryCode}>
                  {a.name}
                </option>
              ))}
            </Select>
          )}
        </FormField>
      ) : (
        <p className="font-medium">{t("fixedAdministration", { administration: fixedAdministration ?? "" })}</p>
      )}
      <TextField
        name="username"
        label={t("username")}
        required
        autoComplete="username"
        defaultValue={v.username}
        error={error("username")}
      />
      <TextField
        name="email"
        label={t("email")}
        type="email"
        required
        autoComplete="email"
        defaultValue={v.email}
        error={error("email")}
      />
      <TextField
        name="password"
        label={t("password")}
        type="password"
        required
        autoComplete="new-password"
        hint={t("passwordHint")}
        error={error("password")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="firstName"
          label={t("firstName")}
          required
          autoComplete="given-name"
          defaultValue={v.firstName}
          error={error("firstName")}
        />
        <TextField
          name="lastName"
          label={t("lastName")}
          required
          autoComplete="family-name"
          defaultValue={v.lastName}
          error={error("lastName")}
        />
      </div>
      <TextField
        name="position"
        label={t("position")}
        autoComplete="organization-title"
        defaultValue={v.position}
        error={error("position")}
      />
      <LocaleField name="locale" label={t("locale")} defaultValue={v.locale ?? defaultLocale} required />
      <div>
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            name="acceptTerms"
            defaultChecked={v.acceptTerms === "on"}
            className="mt-1"
            aria-invalid={error("acceptTerms") ? true : undefined}
            aria-describedby={error("acceptTerms") ? "acceptTerms-error" : undefined}
          />
          <span>
            {t("acceptTerms")} <span aria-hidden="true">*</span>{" "}
            <TextAnchor href="/terms" target="_blank" rel="noopener">
              {t("readTerms")}
            </TextAnchor>
          </span>
        </label>
        {error("acceptTerms") ? <FieldError id="acceptTerms-error">{error("acceptTerms")}</FieldError> : null}
      </div>
      <Button disabled={pending} className="w-full">
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
