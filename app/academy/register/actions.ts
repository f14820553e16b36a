"use server";

import { getLocale } from "next-intl/server";
import { typedValues, type FormState } from "@/components/forms/form-state";
import { signIn } from "@/lib/auth/next-auth";
import { requestAddress } from "@/lib/auth/request-address";
import { Invalid } from "@/lib/errors";
import { signUpAcademyCustomer } from "@/lib/store/sign-up";
import { safeReturnPath } from "@/lib/tenancy/safe-return-path";

export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData);
  const password = String(formData.get("password") ?? "");
  try {
    const account = await signUpAcademyCustomer(
      { firstName: values.firstName, lastName: values.lastName, email: values.email, password, locale: await getLocale(), acceptTerms: values.acceptTerms as "on" },
      await requestAddress(),
    );
    await signIn("credentials", { identifier: account.email, password, redirect: false });
  } catch (error) {
    if (error instanceof Invalid) return { values, errors: error.fields };
    throw error;
  }
  return { values, errors: {}, done: true, redirectTo: safeReturnPath(formData.get("returnTo"), "/") };
}
