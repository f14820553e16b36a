"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { EMPTY_FORM, type FormAction, type FormState } from "@/lib/http/form-state";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

/** The coordinator's edit of a user's name and position; errors and success come back from the action. */
export function TeamMemberForm({
  save,
  member,
}: {
  save: FormAction;
  member: { firstName: string; lastName: string; position: string | null };
}) {
  const t = useTranslations("Team");
  const fields = useTranslations("Fields");
  const [state, action, pending] = useActionState<FormState, FormData>(save, EMPTY_FORM);
  const values = {
    firstName: member.firstName,
    lastName: member.lastName,
    position: member.position ?? "",
    ...state.values,
  };
  const error = (name: string) => (state.errors[name] ? fields(state.errors[name]) : undefined);
  return (
    <form action={action} className="space-y-4" noValidate>
      <Outcome state={state} done={t("saved")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="firstName"
          label={t("column.firstName")}
          required
          maxLength={100}
          defaultValue={values.firstName}
          error={error("firstName")}
        />
        <TextField
          name="lastName"
          label={t("column.lastName")}
          required
          maxLength={100}
          defaultValue={values.lastName}
          error={error("lastName")}
        />
      </div>
      <TextField
        name="position"
        label={t("column.position")}
        maxLength={150}
        defaultValue={values.position}
        error={error("position")}
      />
      <Button disabled={pending}>{t("save")}</Button>
    </form>
  );
}

/** The coordinator asks for a new address for the user, who confirms it from a link sent to it. */
export function TeamMemberEmailForm({ save, name }: { save: FormAction; name: string }) {
  const t = useTranslations("Team");
  const fields = useTranslations("Fields");
  const [state, action, pending] = useActionState<FormState, FormData>(save, EMPTY_FORM);
  const error = (field: string) => (state.errors[field] ? fields(state.errors[field]) : undefined);
  return (
    <form action={action} className="space-y-4" noValidate>
      <Outcome state={state} done={t("emailChangeSent")} />
      <TextField
        name="email"
        label={t("newEmail")}
        hint={t("emailHint", { name })}
        type="email"
        required
        maxLength={254}
        defaultValue={state.values.email ?? ""}
        error={error("email")}
      />
      <Button disabled={pending}>{t("changeEmail")}</Button>
    </form>
  );
}

/** What the form's action answered: done, or the form-wide refusal. */
function Outcome({ state, done }: { state: FormState; done: string }) {
  const fields = useTranslations("Fields");
  if (state.done)
    return (
      <Notice tone="success" bordered compact>
        {done}
      </Notice>
    );
  if (!state.errors.form) return null;
  return (
    <Notice tone="error" bordered compact>
      {fields(state.errors.form)}
    </Notice>
  );
}
