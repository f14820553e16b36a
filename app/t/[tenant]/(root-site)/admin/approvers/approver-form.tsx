"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { EMPTY_FORM, type FormState } from "@/lib/http/form-state";
import { TextField } from "@/components/forms/text-field";
import { setApproverAction } from "./actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { Select } from "@/components/ui/select";
import { FormField } from "@/components/ui/form-field";
import { Panel } from "@/components/ui/panel";

export function ApproverForm({ administrations }: { administrations: Array<{ countryCode: string; name: string }> }) {
  const t = useTranslations("Approvers");
  const fieldText = useTranslations("Fields");
  const [state, action, pending] = useActionState<FormState, FormData>(setApproverAction, EMPTY_FORM);
  return (
    <Panel as="form" className="space-y-3" action={action}>
      {state.done ? (
        <Notice tone="success" compact>
          {t("saved")}
        </Notice>
      ) : null}
      <FormField name="administration" label={t("administration")} required>
        {(control) => (
          <Select {...control} defaultValue={state.values.administration ?? ""}>
            {administrations.map((a) => (
              <option key={a.countryCode} value={a.countryCode}>
                {a.name}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <TextField
        name="username"
        label={t("username")}
        hint={t("usernameHint")}
        defaultValue={state.values.username}
        error={state.errors.approver ? fieldText(state.errors.approver) : undefined}
      />
      <Button disabled={pending}>{t("save")}</Button>
    </Panel>
  );
}
