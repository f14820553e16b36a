"use server";

import { registerApplicant } from "@/lib/accounts/register-applicant";
import { requestAddress } from "@/lib/auth/request-address";
import { requestContext } from "@/lib/auth/request-context";
import { Invalid } from "@/lib/errors";
import { typedValues, type FormState } from "@/components/forms/form-state";

export async function registerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData);
  const { site } = await requestContext();
  try {
    await registerApplicant(site, { ...values, password: String(formData.get("password") ?? "") }, await requestAddress());
    return { values: { email: values.email ?? "" }, errors: {}, done: true };
  } catch (error) {
    if (error instanceof Invalid) return { values, errors: error.fields };
    throw error;
  }
}
