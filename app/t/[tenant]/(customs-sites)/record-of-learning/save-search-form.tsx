"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { EMPTY_FORM, type FormState } from "@/lib/http/form-state";
import { saveSearchAction } from "./actions";
import { Button } from "@/components/ui/button";

export function SaveSearchForm({ query }: { query: string }) {
  const t = useTranslations("RecordOfLearning");
  const fieldText = useTranslations("Fields");
  const [state, action, pending] = useActionState<FormState, FormData>(saveSearchAction, EMPTY_FORM);
  return (
    <form action={action} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="query" value={query} />
      <div>
        <label htmlFor="saved-name" className="block text-sm font-medium">
          {t("saveSearchName")}
        </label>
        <input
          id="saved-name"
          name="name"
          required
          maxLength={80}
          defaultValue={state.values.name}
          aria-invalid={state.errors.name ? true : undefined}
          aria-describedby={state.errors.name ? "saved-name-error" : undefined}
          className="mt-1 rounded border border-slate-400 px-2 py-1"
        />
      </div>
      <Button variant="secondary" size="sm" disabled={pending}>
        {t("saveSearch")}
      </Button>
      {state.errors.name ? (
        <p id="saved-name-error" className="w-full text-sm text-red-800">
          {fieldText(state.errors.name)}
        </p>
      ) : null}
      {state.done ? (
        <p role="status" className="w-full text-sm text-green-800">
          {t("searchSaved")}
        </p>
      ) : null}
    </form>
  );
}
