"use server";

import { getLocale } from "next-intl/server";
import { typedValues, type FormState } from "@/components/forms/form-state";
import { requestAddress } from "@/lib/auth/request-address";
import { Invalid } from "@/lib/errors";
import { requestAcademySignUp } from "@/lib/store/sign-up";

export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData);
  const password = String(formData.get("password") ?? "");
  try {
    await requestAcademySignUp(
      { firstName: values.firstName, lastName: values.lastName, email: values.email, password, locale: await getLocale(), acceptTerms: values.acceptTerms as "on" },
      await requestAddress(),
    );
  } catch (error) {
    if (error instanceof Invalid) return { values, errors: error.fields };
    throw error;
  }
  // The same answer whether or not the address has an account: the e-mail tells the rest.
  return { values: {}, errors: {}, done: true };
}
