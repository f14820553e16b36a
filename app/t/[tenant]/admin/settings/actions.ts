"use server";

import { revalidatePath } from "next/cache";
import { typedValues, type FormState } from "@/components/forms/form-state";
import { requireWcoAdmin } from "@/lib/auth/request-context";
import { setSecretaryGeneralName, setSignature, setTerms } from "@/lib/console/platform-settings";
import { Invalid } from "@/lib/errors";

async function attempt(form: FormData, work: () => Promise<void>): Promise<FormState> {
  try {
    await work();
  } catch (error) {
    if (error instanceof Invalid) return { values: typedValues(form), errors: error.fields };
    throw error;
  }
  revalidatePath("/admin/settings");
  return { values: {}, errors: {}, done: true };
}

export async function saveSignatoryAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { viewer } = await requireWcoAdmin("/admin/settings");
  return attempt(form, () => setSecretaryGeneralName(viewer, { secretaryGeneralName: form.get("secretaryGeneralName") }));
}

export async function uploadSignatureAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { viewer } = await requireWcoAdmin("/admin/settings");
  const file = form.get("signature");
  const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
  return attempt(form, () => setSignature(viewer, bytes));
}

export async function saveTermsAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { viewer } = await requireWcoAdmin("/admin/settings");
  return attempt(form, () => setTerms(viewer, { locale: form.get("locale"), body: form.get("body") }));
}
