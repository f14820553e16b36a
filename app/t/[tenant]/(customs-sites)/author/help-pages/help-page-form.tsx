"use client";

import { useTranslations } from "next-intl";
import { useForm } from "@/components/forms/use-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Notice } from "@/components/ui/notice";
import { TextArea } from "@/components/ui/text-area";
import type { FormAction } from "@/lib/http/form-state";

/** One page in one language: its text, in the course descriptions' formatting; empty removes that language. */
export function HelpPageForm({
  save,
  kind,
  locale,
  label,
  body,
}: {
  save: FormAction;
  kind: string;
  locale: string;
  label: string;
  body: string;
}) {
  const t = useTranslations("Help");
  const { state, formAction: action, pending, error } = useForm(save);
  return (
    <form action={action} className="space-y-3" noValidate>
      {state.done ? (
        <Notice tone="success" bordered compact>
          {t("saved")}
        </Notice>
      ) : null}
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="locale" value={locale} />
      <FormField name="body" label={label} hint={t("bodyHint")} error={error("body")}>
        {(control) => (
          <TextArea {...control} rows={16} lang={locale} dir="auto" defaultValue={state.values.body ?? body} />
        )}
      </FormField>
      <Button disabled={pending}>{t("save")}</Button>
    </form>
  );
}
