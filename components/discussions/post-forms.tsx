"use client";

import { useTranslations } from "next-intl";
import { startTransition, useState, type FormEvent } from "react";
import { FileField } from "@/components/forms/file-field";
import { useFollowRedirect } from "@/components/forms/use-follow-redirect";
import { useForm } from "@/components/forms/use-form";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { TextArea } from "@/components/ui/text-area";
import { ATTACHMENT_MAX_BYTES, attachmentsRefusal, chosenFiles, MAX_ATTACHMENTS } from "@/lib/discussions/schemas";
import type { FormAction, FormState } from "@/lib/http/form-state";
import { RESOURCE_ACCEPT } from "@/lib/modules/file-types";

/** The forms that write a post: a new thread, a reply, an edit, a report. Each gets its bound action (ADR 0016). */
function usePostForm(action: FormAction, initial?: FormState) {
  const form = useForm(action, initial);
  useFollowRedirect(form.state.redirectTo);
  return form;
}

/**
 * A post's form with files. Without JavaScript it posts (multipart) to its upload route, which answers with the next
 * page or with this one, the refusal and the typed text in its address (`refused`). With JavaScript a post without
 * files goes to its server action as every form does; one with files is checked here for their number and size,
 * then posted to the route by the browser (server actions take 2 MiB at most).
 */
function usePostWithFiles(action: FormAction, upload: string, refused?: FormState) {
  const form = usePostForm(action, refused);
  const [refusedHere, setRefusedHere] = useState<Record<string, string> | null>(null);
  const errors = refusedHere ?? form.state.errors;
  const error = (name: string) => (errors[name] ? form.fieldText(errors[name]) : undefined);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const data = new FormData(event.currentTarget);
    // What the server would refuse of the files, before they are sent (their kinds are told by their bytes there).
    const files = chosenFiles(data);
    const refusal = attachmentsRefusal(files.map((file) => file.size));
    setRefusedHere(refusal ? { file: refusal } : null);
    if (files.length > 0 && !refusal) return;
    event.preventDefault();
    if (refusal) return;
    data.delete("file");
    startTransition(() => form.formAction(data));
  };
  // The form element's attributes: the upload route as its plain-form target.
  const formProps = { action: upload, method: "post", encType: "multipart/form-data", onSubmit, noValidate: true };
  return { ...form, error, formProps };
}

function FilesField({ id, error }: { id: string; error?: string }) {
  const t = useTranslations("Discussion");
  return (
    <FileField
      name="file"
      id={id}
      label={t("files")}
      hint={t("filesHint", { count: MAX_ATTACHMENTS, megabytes: ATTACHMENT_MAX_BYTES / 1024 / 1024 })}
      accept={RESOURCE_ACCEPT}
      multiple
      error={error}
    />
  );
}

function BodyField({ id, label, value, error }: { id: string; label: string; value?: string; error?: string }) {
  const t = useTranslations("Discussion");
  return (
    <FormField name="body" id={id} label={label} hint={t("formatHint")} error={error} required>
      {(control) => <TextArea {...control} rows={6} maxLength={10_000} defaultValue={value} />}
    </FormField>
  );
}

export function NewThreadForm({ start, upload, refused }: { start: FormAction; upload: string; refused?: FormState }) {
  const t = useTranslations("Discussion");
  const { state, pending, error, formProps } = usePostWithFiles(start, upload, refused);
  return (
    <form {...formProps} className="space-y-3">
      <TextField
        name="title"
        label={t("threadTitle")}
        required
        maxLength={200}
        defaultValue={state.values.title}
        error={error("title")}
      />
      <BodyField id="thread-body" label={t("message")} value={state.values.body} error={error("body")} />
      <FilesField id="thread-files" error={error("file")} />
      <Button disabled={pending}>{t("startThread")}</Button>
    </form>
  );
}

export function ReplyForm({ reply, upload, refused }: { reply: FormAction; upload: string; refused?: FormState }) {
  const t = useTranslations("Discussion");
  const { state, pending, error, formProps } = usePostWithFiles(reply, upload, refused);
  return (
    <form id="reply" {...formProps} className="space-y-3">
      <BodyField id="reply-body" label={t("yourReply")} value={state.values.body} error={error("body")} />
      <FilesField id="reply-files" error={error("file")} />
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
