"use server";

import { getLocale } from "next-intl/server";
import { typedValues, type FormState } from "@/components/forms/form-state";
import { currentViewer } from "@/lib/auth/viewer";
import { signIn } from "@/lib/auth/next-auth";
import { Invalid, NotFound } from "@/lib/errors";
import { acceptSeat } from "@/lib/store/seats/accept-seat";

export async function acceptSeatAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData);
  const token = String(formData.get("token") ?? "");
  const password = String(formData.get("password") ?? "");
  const viewer = await currentViewer();
  try {
    const holder = await acceptSeat(token, viewer, viewer ? undefined : { firstName: values.firstName, lastName: values.lastName, email: values.email, password, locale: await getLocale(), acceptTerms: values.acceptTerms as "on" });
    if (!viewer) await signIn("credentials", { identifier: holder.email, password, redirect: false });
  } catch (error) {
    if (error instanceof Invalid) return { values, errors: error.fields };
    if (error instanceof NotFound) return { values, errors: { form: "linkInvalid" } };
    throw error;
  }
  return { values, errors: {}, done: true, redirectTo: "/dashboard" };
}
