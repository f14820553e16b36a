"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { EMPTY_FORM, type FormAction, type FormState } from "@/components/forms/form-state";
import { TextField } from "@/components/forms/text-field";

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
      {state.done ? <p role="status" className="rounded bg-green-50 p-2 text-green-900">{t("adminsSaved")}</p> : null}
      {admins.length === 0 ? <p>{t("noTenantAdmins")}</p> : (
        <ul className="divide-y divide-slate-100" data-testid="tenant-admins">
          {admins.map((admin) => {
            const name = `${admin.firstName} ${admin.lastName}`;
            return (
              <li key={admin.username} className="flex items-center justify-between gap-2 py-2">
                <span>{name} ({admin.username})</span>
                <form action={action} onSubmit={(event) => { if (!window.confirm(t("removeConfirm", { name }))) event.preventDefault(); }}>
                  <input type="hidden" name="username" value={admin.username} />
                  <input type="hidden" name="grant" value="0" />
                  <button type="submit" disabled={pending} className="rounded border border-red-700 px-2 py-1 text-sm text-red-800" aria-label={t("remove", { name })}>✕</button>
                </form>
              </li>
            );
          })}
        </ul>
      )}
      <form action={action} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="grant" value="1" />
        <div className="flex-1">
          <TextField name="username" label={t("addTenantAdmin")} required defaultValue={state.values.grant === "1" ? state.values.username : undefined} error={state.errors.username ? fieldText(state.errors.username) : undefined} autoComplete="off" />
        </div>
        <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-strong disabled:opacity-60">{t("add")}</button>
      </form>
    </div>
  );
}
