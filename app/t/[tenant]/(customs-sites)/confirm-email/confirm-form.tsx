"use client";

import { useTranslations } from "next-intl";
import { useForm } from "@/components/forms/use-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextLink } from "@/components/ui/text-link";
import { confirmEmailAction } from "./actions";

// Confirmation is a POST: mail scanners that open links must not confirm on the owner's behalf.
export function ConfirmEmailForm({ token }: { token: string }) {
  const t = useTranslations("ConfirmEmail");
  const { state, formAction, pending, fieldText } = useForm(confirmEmailAction);
  if (state.done) {
    const { email } = state.result as { email: string };
    return (
      <Notice tone="success" bordered>
        <span className="break-all">{t("confirmed", { email })}</span>{" "}
        <TextLink href="/profile" className="font-medium">
          {t("toProfile")}
        </TextLink>
      </Notice>
    );
  }
  if (state.errors.form)
    return (
      <Notice tone="error" bordered>
        {fieldText(state.errors.form)}
      </Notice>
    );
  return (
    <form action={formAction}>
      <input type="hidden" name="token" value={token} />
      <Button disabled={pending}>{t("confirm")}</Button>
    </form>
  );
}
