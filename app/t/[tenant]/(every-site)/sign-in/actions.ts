"use server";

import { AuthError, type CredentialsSignin } from "next-auth";
import type { SignInRefusal } from "@/lib/auth/authenticate";
import { signIn } from "@/lib/auth/next-auth";
import { signInSchema } from "@/lib/auth/schemas";
import { safeReturnPath } from "@/lib/tenancy/safe-return-path";

export interface SignInState {
  /** What the user typed, kept so nothing is lost (never the password). */
  identifier: string;
  error?: SignInRefusal;
  missing?: Array<"identifier" | "password">;
  /** Where the browser goes once signed in (a full page load, so every part of the page shows the new session). */
  signedInTo?: string;
}

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const identifier = String(formData.get("identifier") ?? "");
  const parsed = signInSchema.safeParse({ identifier, password: formData.get("password") ?? "" });
  if (!parsed.success) {
    return { identifier, missing: parsed.error.issues.map((issue) => issue.path[0] as "identifier" | "password") };
  }
  const target = safeReturnPath(formData.get("returnTo"), "/dashboard");
  try {
    await signIn("credentials", { ...parsed.data, redirect: false });
  } catch (error) {
    if (error instanceof AuthError && error.type === "CredentialsSignin") {
      return { identifier, error: ((error as CredentialsSignin).code as SignInRefusal) ?? "invalid" };
    }
    throw error;
  }
  return { identifier, signedInTo: target };
}
