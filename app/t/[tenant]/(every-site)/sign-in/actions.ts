"use server";

import { AuthError, type CredentialsSignin } from "next-auth";
import type { SignInRefusal } from "@/lib/auth/authenticate";
import { signIn } from "@/lib/auth/next-auth";
import { signInSchema } from "@/lib/auth/schemas";
import { Invalid } from "@/lib/errors";
import { formAction } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import { safeReturnPath } from "@/lib/tenancy/safe-return-path";

// The sign-in form's action, with the state every form has: the identifier kept as typed (never the password),
// "required" under an empty field, the refusal (SignInRefusal, a key of "SignIn") as the form's error, and where
// the browser goes once signed in (a full page load, so every part of the page shows the new session).
// The Academy's customers have no administration: their refusals say whom to turn to in their own words.
const ACADEMY_REFUSALS = new Set<SignInRefusal>(["suspended", "wrong_site"]);

export const signInAction = formAction({}, async ({ site }, form): Promise<FormState> => {
  const identifier = String(form.get("identifier") ?? "");
  const parsed = signInSchema.safeParse({ identifier, password: form.get("password") ?? "" });
  if (!parsed.success) throw new Invalid(Object.fromEntries(parsed.error.issues.map((i) => [i.path[0], "required"])));
  const target = safeReturnPath(form.get("returnTo"), "/dashboard");
  try {
    await signIn("credentials", { ...parsed.data, redirect: false });
  } catch (error) {
    if (error instanceof AuthError && error.type === "CredentialsSignin") {
      const refusal = ((error as CredentialsSignin).code as SignInRefusal) ?? "invalid";
      throw new Invalid({
        form: site.kind === "academy" && ACADEMY_REFUSALS.has(refusal) ? `${refusal}Academy` : refusal,
      });
    }
    throw error;
  }
  return { values: { identifier }, errors: {}, redirectTo: target };
});
