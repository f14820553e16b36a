"use server";

import { requestPasswordReset } from "@/lib/accounts/request-password-reset";
import { requestAddress } from "@/lib/auth/request-address";
import type { FormState } from "@/components/forms/form-state";

export async function forgotPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  await requestPasswordReset(String(formData.get("identifier") ?? ""), await requestAddress());
  return { values: {}, errors: {}, done: true };
}
