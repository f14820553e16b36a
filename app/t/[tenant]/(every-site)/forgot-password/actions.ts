"use server";

import { requestPasswordReset } from "@/lib/accounts/request-password-reset";
import { requestAddress } from "@/lib/auth/request-address";
import { formAction } from "@/lib/http/form-action";

// Done whatever the identifier names: no account is revealed.
export const forgotPasswordAction = formAction({}, async (_entry, form) => {
  await requestPasswordReset(String(form.get("identifier") ?? ""), await requestAddress());
});
