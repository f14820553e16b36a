"use client";

import { useTranslations } from "next-intl";
import { X } from "lucide-react";
import { useActionState } from "react";
import { EMPTY_FORM, type FormAction, type FormState } from "@/lib/http/form-state";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Notice } from "@/components/ui/notice";

interface Admin {
  username: string;
  firstName: string;
  lastName: string;
}

export function TenantAdminForms({ save, admins }: { save: FormAction; admins: Admin[] }) {
  const t = useTranslations("Console");
  const fieldText = useTranslations("Fields");
  const [state, action, pending] = useActionState<FormState, FormData>(save, EMPTY_FORM);
  return (
    <div className="space-y-3">
      {state.done ? (
        <Notice tone="success" compact>
          {t("adminsSaved")}
        </Notice>
      ) : null}
      {admins.length === 0 ? (
        <p>{t("noTenantAdmins")}</p>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="tenant-admins">
          {admins.map((admin) => {
            const name = `${admin.firstName} ${admin.lastName}`;
            return (
              <li key={admin.username} className="flex items-center justify-between gap-2 py-2">
                <span>
                  {name} ({admin.username})
                </span>
                <form action={action}>
                  <input type="hidden" name="username" value={admin.username} />
                  <input type="hidden" name="grant" value="0" />
                  <ConfirmButton
                    question={t("removeConfirm", { name })}
                    disabled={pending}
                    variant="danger"
                    size="icon"
                    aria-label={t("remove", { name })}
                  >
                    <X size={16} aria-hidden="true" />
                  </ConfirmButton>
                </form>
              </li>
            );
          })}
        </ul>
      )}
      <form action={action} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="grant" value="1" />
        <div className="flex-1">
          <TextField
            name="username"
            label={t("addTenantAdmin")}
            required
            defaultValue={state.values.grant === "1" ? state.values.username : undefined}
            error={state.errors.username ? fieldText(state.errors.username) : undefined}
            autoComplete="off"
          />
        </div>
        <Button disabled={pending}>{t("add")}</Button>
      </form>
    </div>
  );
}
