"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { EMPTY_FORM, type FormState } from "@/lib/http/form-state";
import { revokeAction } from "./actions";
import { TextArea } from "@/components/ui/text-area";
import { SectionTitle } from "@/components/ui/section-title";
import { Label } from "@/components/ui/label";

// Shown to WCO admins, and to an administration's tenant admins for its own courses.
export function RevokeForm({ code }: { code: string }) {
  const t = useTranslations("Certificates");
  const fields = useTranslations("Fields");
  const [state, formAction, pending] = useActionState<FormState, FormData>(revokeAction, EMPTY_FORM);
  const error = state.errors.reason ?? state.errors.form;
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-red-200 bg-red-50 p-4">
      <SectionTitle>{t("revokeTitle")}</SectionTitle>
      <input type="hidden" name="code" value={code} />
      <Label htmlFor="reason">{t("revokeReason")}</Label>
      <TextArea
        id="reason"
        name="reason"
        rows={3}
        required
        minLength={3}
        maxLength={500}
        defaultValue={state.values.reason ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "reason-error" : undefined}
        className="w-full"
      />
      {error ? (
        <p id="reason-error" className="text-sm text-red-800">
          {fields(error)}
        </p>
      ) : null}
      <ConfirmButton question={t("revokeConfirm")} disabled={pending} variant="destructive">
        {t("revokeButton")}
      </ConfirmButton>
    </form>
  );
}
