"use client";

import { FileField } from "./file-field";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { EMPTY_FORM, type FormState } from "@/lib/http/form-state";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

/** Uploads a signature image for certificates (the Secretary General's, or an administration's signatory's). */
export function SignatureForm({ action }: { action: (previous: FormState, form: FormData) => Promise<FormState> }) {
  const t = useTranslations("Console");
  const fields = useTranslations("Fields");
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, EMPTY_FORM);
  const error = state.errors.signature ? fields(state.errors.signature) : undefined;
  return (
    <form action={formAction} className="space-y-2">
      {state.done ? (
        <Notice tone="success" compact>
          {t("settingsSaved")}
        </Notice>
      ) : null}
      <FileField
        name="signature"
        label={t("signature")}
        hint={t("signatureHint")}
        accept="image/png,image/jpeg"
        required
        error={error}
      />
      <Button disabled={pending} variant="secondary" className="block">
        {t("uploadSignature")}
      </Button>
    </form>
  );
}
