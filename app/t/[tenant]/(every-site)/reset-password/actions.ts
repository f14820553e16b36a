"use server";

import { resetPassword } from "@/lib/accounts/reset-password";
import { formAction } from "@/lib/http/form-action";

export const resetPasswordAction = formAction({ values: () => ({}) }, (_entry, form) =>
  resetPassword(String(form.get("token") ?? ""), {
    password: String(form.get("password") ?? ""),
    confirmation: String(form.get("confirmation") ?? ""),
  }),
);
