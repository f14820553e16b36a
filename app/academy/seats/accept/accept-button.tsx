"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useFollowRedirect } from "@/components/forms/use-follow-redirect";
import { EMPTY_FORM } from "@/lib/http/form-state";
import { acceptSeatAction } from "./actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

/** Accepting the seat with the account already signed in. */
export function AcceptButton({ token, label }: { token: string; label: string }) {
  const fields = useTranslations("Fields");
  const [state, formAction, pending] = useActionState(acceptSeatAction, EMPTY_FORM);
  useFollowRedirect(state.redirectTo);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="token" value={token} />
      {state.errors.form ? <Notice tone="error">{fields(state.errors.form)}</Notice> : null}
      <Button disabled={pending}>{label}</Button>
    </form>
  );
}
