"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { confirmAction, type ConfirmState } from "./actions";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";

// Confirmation is a POST: mail scanners that open links must not confirm on the applicant's behalf.
export function ConfirmForm({ token }: { token: string }) {
  const t = useTranslations("Register");
  const [state, action, pending] = useActionState<ConfirmState, FormData>(confirmAction, { status: "idle" });
  if (state.status === "confirmed" && state.accountOpened) {
    return (
      <p role="status" className="rounded border border-green-300 bg-green-50 p-4">
        {t("accountOpened")}{" "}
        <TextLink href="/sign-in" className="font-medium">
          {t("signInNow")}
        </TextLink>
      </p>
    );
  }
  if (state.status === "confirmed")
    return (
      <p role="status" className="rounded border border-green-300 bg-green-50 p-4">
        {t("confirmed", { administration: state.administration })}
      </p>
    );
  if (state.status === "failed")
    return (
      <p role="alert" className="rounded border border-red-300 bg-red-50 p-4">
        {t("confirmFailed")}
      </p>
    );
  return (
    <form action={action}>
      <input type="hidden" name="token" value={token} />
      <Button disabled={pending}>{t("confirmButton")}</Button>
    </form>
  );
}
