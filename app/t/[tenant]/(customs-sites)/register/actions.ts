"use server";

import { registerApplicant } from "@/lib/accounts/register-applicant";
import { requestAddress } from "@/lib/auth/request-address";
import { formAction } from "@/lib/http/form-action";
import { typedValues } from "@/lib/http/form-state";

// Done: the page tells where the confirmation link went.
export const registerAction = formAction({}, async ({ site }, form) => {
  const values = typedValues(form);
  await registerApplicant(site, { ...values, password: String(form.get("password") ?? "") }, await requestAddress());
  return { values: { email: values.email ?? "" }, errors: {}, done: true };
});
