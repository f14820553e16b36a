"use server";

import { revalidatePath } from "next/cache";
import { typedValues, type FormState } from "@/components/forms/form-state";
import { requestContext } from "@/lib/auth/request-context";
import { authorOn } from "@/lib/authoring/author";
import { revokeCertificate } from "@/lib/certificates/revoke-certificate";
import { Invalid, NotFound } from "@/lib/errors";

export async function revokeAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { site, viewer } = await requestContext();
  const code = String(form.get("code") ?? "");
  try {
    await revokeCertificate(authorOn(site, viewer), code, { reason: form.get("reason") });
  } catch (error) {
    if (error instanceof Invalid) return { values: typedValues(form), errors: error.fields };
    if (error instanceof NotFound) return { values: {}, errors: { form: "notFound" } };
    throw error;
  }
  revalidatePath(`/verify/${code}`);
  return { values: {}, errors: {}, done: true };
}
