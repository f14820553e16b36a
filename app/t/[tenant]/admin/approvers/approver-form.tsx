"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { EMPTY_FORM, type FormState } from "@/components/forms/form-state";
import { TextField } from "@/components/forms/text-field";
import { setApproverAction } from "./actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { Select } from "@/components/ui/select";
import { Label } from "@/components/ui/label";

export function ApproverForm({ administrations }: { administrations: Array<{ countryCode: string; name: string }> }) {
  const t = useTranslations("Approvers");
  const fieldText = useTranslations("Fields");
  const [state, action, pending] = useActionState<FormState, FormData>(setApproverAction, EMPTY_FORM);
  return (
    <form action={action} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      {state.done ? <Notice tone="success" compact>{t("saved")}</Notice> : null}
      <div>
        <Label htmlFor="administration">{t("administration")}</Label>
        <Select id="administration" name="administration" defaultValue={state.values.administration ?? ""} required className="mt-1 w-full">
          {administrations.map((a) => <option key={a.countryCode} value={a.countryCode}>{a.name}</option>)}
        </Select>
      </div>
      <TextField name="username" label={t("username")} hint={t("usernameHint")} defaultValue={state.values.username} error={state.errors.approver ? fieldText(state.errors.approver) : undefined} />
      <Button disabled={pending}>{t("save")}</Button>
    </form>
  );
}
