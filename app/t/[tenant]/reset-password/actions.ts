"use server";

import { resetPassword } from "@/lib/accounts/set-password";
import { Invalid } from "@/lib/errors";
import type { FormState } from "@/components/forms/form-state";

export async function resetPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    await resetPassword(String(formData.get("token") ?? ""), { password: String(formData.get("password") ?? ""), confirmation: String(formData.get("confirmation") ?? "") });
    return { values: {}, errors: {}, done: true };
  } catch (error) {
    if (error instanceof Invalid) return { values: {}, errors: error.fields };
    throw error;
  }
}
