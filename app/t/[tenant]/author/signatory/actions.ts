"use server";

import { revalidatePath } from "next/cache";
import { typedValues, type FormState } from "@/components/forms/form-state";
import { setSignatory, setSignatorySignature } from "@/lib/certificates/signatory";
import { Invalid } from "@/lib/errors";
import { requireAuthor } from "../courses/guard";

async function attempt(form: FormData, work: () => Promise<void>): Promise<FormState> {
  try {
    await work();
  } catch (error) {
    if (error instanceof Invalid) return { values: typedValues(form), errors: error.fields };
    throw error;
  }
  revalidatePath("/author/signatory");
  return { values: {}, errors: {}, done: true };
}

export async function saveSignatoryAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { author } = await requireAuthor("/author/signatory");
  return attempt(form, () => setSignatory(author, { signatoryName: form.get("signatoryName"), signatoryTitle: form.get("signatoryTitle") }));
}

export async function uploadSignatorySignatureAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { author } = await requireAuthor("/author/signatory");
  const file = form.get("signature");
  return attempt(form, async () => setSignatorySignature(author, file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array()));
}
