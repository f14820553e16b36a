"use server";

import { confirmEmailChange } from "@/lib/accounts/confirm-email-change";
import { Invalid } from "@/lib/errors";
import { formAction } from "@/lib/http/form-action";

// The link's token alone authorises the change: whoever opens it may be signed out, or on another device.
export const confirmEmailAction = formAction({ values: () => ({}) }, async (_entry, form) => {
  const confirmed = await confirmEmailChange(String(form.get("token") ?? ""));
  if (!confirmed) throw new Invalid({ form: "linkInvalid" });
  return { values: {}, errors: {}, done: true, result: confirmed };
});
