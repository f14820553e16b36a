"use client";

import { useForm } from "@/components/forms/use-form";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { FormAction } from "@/lib/http/form-state";

/** Reporting something a person wrote (a post, a message): a reason, then a thank-you in its place. */
export function ReportForm({
  report,
  id,
  labels,
}: {
  report: FormAction;
  /** Names the reason's field among the page's other reports. */
  id: string;
  labels: { reason: string; send: string; done: string };
}) {
  const { state, formAction, pending, error } = useForm(report);
  if (state.done)
    return (
      <Notice tone="success" compact>
        {labels.done}
      </Notice>
    );
  return (
    <form action={formAction} className="space-y-2" noValidate>
      <TextField
        name="reason"
        id={`reason-${id}`}
        label={labels.reason}
        required
        maxLength={1000}
        defaultValue={state.values.reason}
        error={error("reason")}
      />
      <Button variant="secondary" size="sm" disabled={pending}>
        {labels.send}
      </Button>
    </form>
  );
}
