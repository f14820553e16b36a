"use client";

import { useTranslations } from "next-intl";
import { useForm } from "@/components/forms/use-form";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { FormAction } from "@/lib/http/form-state";

/** Names a tutor of the course's discussion by username. */
export function NameTutorForm({ name }: { name: FormAction }) {
  const t = useTranslations("Discussion");
  const { state, formAction, pending, error } = useForm(name);
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2" noValidate>
      <div className="min-w-0 flex-1">
        <TextField
          name="username"
          label={t("tutorUsername")}
          hint={t("tutorUsernameHint")}
          required
          maxLength={200}
          error={error("username")}
        />
      </div>
      <Button disabled={pending}>{t("nameTutor")}</Button>
      {state.done ? (
        <Notice tone="success" compact className="w-full">
          {t("tutorNamed")}
        </Notice>
      ) : null}
    </form>
  );
}
