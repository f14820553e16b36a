"use server";

import { getLocale } from "next-intl/server";
import { requestAddress } from "@/lib/auth/request-address";
import { formAction } from "@/lib/http/form-action";
import { typedValues } from "@/lib/http/form-state";
import { requestAcademySignUp } from "@/lib/store/sign-up";

// The same answer whether or not the address has an account: the e-mail tells the rest.
export const signUpAction = formAction({ sites: ["academy"] }, async (_entry, form) => {
  const values = typedValues(form);
  const newAccount = {
    firstName: values.firstName,
    lastName: values.lastName,
    email: values.email,
    password: String(form.get("password") ?? ""),
    locale: await getLocale(),
    acceptTerms: values.acceptTerms as "on",
  };
  await requestAcademySignUp(newAccount, await requestAddress());
});
