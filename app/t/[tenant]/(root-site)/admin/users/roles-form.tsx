"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { EMPTY_FORM, type FormAction, type FormState } from "@/lib/http/form-state";

export function RolesForm({
  save,
  name,
  roles,
  assignable,
}: {
  save: FormAction;
  name: string;
  roles: string[];
  assignable: readonly string[];
}) {
  const t = useTranslations("Console");
  const fields = useTranslations("Fields");
  const [state, action, pending] = useActionState<FormState, FormData>(save, EMPTY_FORM);
  const checked = state.values.roles !== undefined ? state.values.roles.split(",") : roles;
  return (
    <form action={action} className="space-y-1">
      <fieldset>
        <legend className="sr-only">{t("rolesOf", { name })}</legend>
        <div className="flex flex-wrap gap-x-3">
          {assignable.map((role) => (
            <label key={role} className="flex items-center gap-1 text-sm">
              <input
                type="checkbox"
                name="roles"
                value={role}
                defaultChecked={checked.includes(role)}
                className="h-4 w-4"
              />
              {t(`role.${role}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {state.errors.roles ? (
        <p role="alert" className="text-sm text-red-800">
          {fields(state.errors.roles)}
        </p>
      ) : null}
      {state.done ? (
        <p role="status" className="text-sm text-green-900">
          {t("rolesSaved")}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="rounded border border-slate-400 px-2 py-1 text-sm"
        aria-label={t("saveRolesOf", { name })}
      >
        {t("save")}
      </button>
    </form>
  );
}
