"use client";

import { useTranslations } from "next-intl";
import { useFollowRedirect } from "@/components/forms/use-follow-redirect";
import { useForm } from "@/components/forms/use-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { TextArea } from "@/components/ui/text-area";
import type { FormAction } from "@/lib/http/form-state";

/** Writing a message: a first one or the next in a conversation. Gets its bound action (ADR 0016). */
export function MessageForm({ send, label }: { send: FormAction; label: string }) {
  const t = useTranslations("Messages");
  const { state, formAction, pending, error } = useForm(send);
  useFollowRedirect(state.redirectTo);
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormField name="body" label={label} hint={t("formatHint")} error={error("body")} required>
        {(control) => <TextArea {...control} rows={5} maxLength={5_000} defaultValue={state.values.body} />}
      </FormField>
      <Button disabled={pending}>{t("send")}</Button>
    </form>
  );
}
