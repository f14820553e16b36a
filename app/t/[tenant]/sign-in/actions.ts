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
}

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const identifier = String(formData.get("identifier") ?? "");
  const parsed = signInSchema.safeParse({ identifier, password: formData.get("password") ?? "" });
  if (!parsed.success) {
    return { identifier, missing: parsed.error.issues.map((issue) => issue.path[0] as "identifier" | "password") };
  }
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeReturnPath(formData.get("returnTo"), "/dashboard") });
  } catch (error) {
    if (error instanceof AuthError && error.type === "CredentialsSignin") {
      return { identifier, error: ((error as CredentialsSignin).code as SignInRefusal) ?? "invalid" };
    }
    throw error; // including the redirect that follows a successful sign-in
  }
  return { identifier };
}
