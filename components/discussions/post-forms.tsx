"use client";

import { useTranslations } from "next-intl";
import { useFollowRedirect } from "@/components/forms/use-follow-redirect";
import { useForm } from "@/components/forms/use-form";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { TextArea } from "@/components/ui/text-area";
import type { FormAction } from "@/lib/http/form-state";

/** The forms that write a post: a new thread, a reply, an edit, a report. Each gets its bound action (ADR 0016). */
function usePostForm(action: FormAction) {
  const form = useForm(action);
  useFollowRedirect(form.state.redirectTo);
  return form;
}

function BodyField({ id, label, value, error }: { id: string; label: string; value?: string; error?: string }) {
  const t = useTranslations("Discussion");
  return (
    <FormField name="body" id={id} label={label} hint={t("formatHint")} error={error} required>
      {(control) => <TextArea {...control} rows={6} maxLength={10_000} defaultValue={value} />}
    </FormField>
  );
}

export function NewThreadForm({ start }: { start: FormAction }) {
  const t = useTranslations("Discussion");
  const { state, formAction, pending, error } = usePostForm(start);
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <TextField
        name="title"
        label={t("threadTitle")}
        required
        maxLength={200}
        defaultValue={state.values.title}
        error={error("title")}
      />
      <BodyField id="thread-body" label={t("message")} value={state.values.body} error={error("body")} />
      <Button disabled={pending}>{t("startThread")}</Button>
    </form>
  );
}

export function ReplyForm({ reply }: { reply: FormAction }) {
  const t = useTranslations("Discussion");
  const { state, formAction, pending, error } = usePostForm(reply);
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <BodyField id="reply-body" label={t("yourReply")} value={state.values.body} error={error("body")} />
      <Button disabled={pending}>{t("reply")}</Button>
    </form>
  );
}

export function EditPostForm({ save, source, postId }: { save: FormAction; source: string; postId: string }) {
  const t = useTranslations("Discussion");
  const { state, formAction, pending, error } = usePostForm(save);
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <BodyField
        id={`edit-${postId}`}
        label={t("editPost")}
        value={state.values.body ?? source}
        error={error("body")}
      />
      <Button disabled={pending} size="sm">
        {t("saveEdit")}
      </Button>
    </form>
  );
}
