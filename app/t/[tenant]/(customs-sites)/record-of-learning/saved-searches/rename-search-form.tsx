"use client";

import { useTranslations } from "next-intl";
import { useForm } from "@/components/forms/use-form";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { FormAction } from "@/lib/http/form-state";

/** One saved search's name, renamed in place. */
export function RenameSearchForm({ rename, name }: { rename: FormAction; name: string }) {
  const t = useTranslations("RecordOfLearning");
  const { state, formAction: action, pending, error, fieldText } = useForm(rename);
  return (
    <form action={action} className="flex flex-wrap items-end gap-2" noValidate>
      {state.errors.form ? (
        <Notice tone="error" compact className="w-full">
          {fieldText(state.errors.form)}
        </Notice>
      ) : null}
      <div className="min-w-0 flex-1">
        <TextField
          name="name"
          label={t("searchName")}
          required
          maxLength={80}
          defaultValue={state.values.name ?? name}
          error={error("name")}
        />
      </div>
      <Button variant="secondary" size="sm" disabled={pending}>
        {t("rename")}
      </Button>
      {state.done ? (
        <Notice tone="success" compact className="w-full">
          {t("renamed")}
        </Notice>
      ) : null}
    </form>
  );
}
