"use client";

import { LocaleField } from "@/components/forms/locale-field";
import { FileField } from "@/components/forms/file-field";
import { useTranslations } from "next-intl";
import { useNewLanguage } from "@/components/i18n/use-new-language";
import { useForm } from "@/components/forms/use-form";
import { TextField } from "@/components/forms/text-field";
import { changeEmailAction, changePasswordAction, updateProfileAction, uploadPhotoAction } from "./actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

const done = (text: string) => (
  <Notice tone="success" bordered compact>
    {text}
  </Notice>
);

export function ProfileDetailsForm({
  profile,
}: {
  profile: { firstName: string; lastName: string; position: string | null; locale: string };
}) {
  const t = useTranslations("Profile");
  const register = useTranslations("Register");
  const { state, formAction, pending, error } = useForm(updateProfileAction);
  useNewLanguage(state);
  const v = { ...profile, position: profile.position ?? "", ...state.values };
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {state.done ? done(t("saved")) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="firstName"
          label={register("firstName")}
          required
          defaultValue={v.firstName}
          error={error("firstName")}
        />
        <TextField
          name="lastName"
          label={register("lastName")}
          required
          defaultValue={v.lastName}
          error={error("lastName")}
        />
      </div>
      <TextField name="position" label={register("position")} defaultValue={v.position} error={error("position")} />
      <LocaleField name="locale" label={register("locale")} defaultValue={v.locale} />
      <Button disabled={pending}>{t("save")}</Button>
    </form>
  );
}

export function PhotoForm() {
  const t = useTranslations("Profile");
  const { state, formAction, pending, error } = useForm(uploadPhotoAction);
  return (
    <form action={formAction} className="space-y-3">
      {state.done ? done(t("photoSaved")) : null}
      <FileField
        name="photo"
        label={t("photo")}
        hint={t("photoHint")}
        accept="image/png,image/jpeg,image/webp"
        error={error("photo")}
      />
      <Button disabled={pending}>{t("uploadPhoto")}</Button>
    </form>
  );
}

export function ChangePasswordForm() {
  const t = useTranslations("Profile");
  const { state, formAction, pending, error } = useForm(changePasswordAction);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {state.done ? done(t("passwordChanged")) : null}
      <CurrentPasswordField error={error("currentPassword")} />
      <TextField
        name="password"
        label={t("newPassword")}
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
      <Button disabled={pending}>{t("changePassword")}</Button>
    </form>
  );
}

/** A new address, confirmed from a link sent to it; the password is asked again. */
export function ChangeEmailForm() {
  const t = useTranslations("Profile");
  const { state, formAction, pending, error, fieldText } = useForm(changeEmailAction);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {state.done ? done(t("emailChangeSent")) : null}
      {state.errors.form ? (
        <Notice tone="error" bordered compact>
          {fieldText(state.errors.form)}
        </Notice>
      ) : null}
      <TextField
        name="email"
        label={t("newEmail")}
        hint={t("emailHint")}
        type="email"
        required
        autoComplete="email"
        defaultValue={state.values.email ?? ""}
        error={error("email")}
      />
      <CurrentPasswordField error={error("currentPassword")} />
      <Button disabled={pending}>{t("changeEmail")}</Button>
    </form>
  );
}

/** The password asked again before a change of the account's password or address. */
function CurrentPasswordField({ error }: { error?: string }) {
  const t = useTranslations("Profile");
  return (
    <TextField
      name="currentPassword"
      label={t("currentPassword")}
      type="password"
      required
      autoComplete="current-password"
      error={error}
    />
  );
}
