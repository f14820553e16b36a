"use server";

import { getLocale } from "next-intl/server";
import { signIn } from "@/lib/auth/next-auth";
import { formAction } from "@/lib/http/form-action";
import { typedValues } from "@/lib/http/form-state";
import { acceptSeat } from "@/lib/store/seats/accept-seat";

// A visitor accepts with a new account and is signed in with it; either way the employee lands on the course.
// A link that names no seat says so on the form.
export const acceptSeatAction = formAction(
  { sites: ["academy"], keepValues: true, notFoundMessage: "linkInvalid" },
  async ({ viewer }, form) => {
    const values = typedValues(form);
    const password = String(form.get("password") ?? "");
    const newAccount = {
      firstName: values.firstName,
      lastName: values.lastName,
      email: values.email,
      password,
      locale: await getLocale(),
      acceptTerms: values.acceptTerms as "on",
    };
    const holder = await acceptSeat(String(form.get("token") ?? ""), viewer, viewer ? undefined : newAccount);
    if (!viewer) await signIn("credentials", { identifier: holder.email, password, redirect: false });
    return { values, errors: {}, done: true, redirectTo: holder.landing };
  },
);
