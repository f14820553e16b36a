"use server";

import type { FormState } from "@/components/forms/form-state";
import { runFormAction } from "@/components/forms/run-form-action";
import { setSignatory, setSignatorySignature } from "@/lib/certificates/signatory";
import { requireAuthor } from "../courses/guard";

const PAGE = { revalidate: "/author/signatory" };

export async function saveSignatoryAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { author } = await requireAuthor("/author/signatory");
  return runFormAction(form, () => setSignatory(author, { signatoryName: form.get("signatoryName"), signatoryTitle: form.get("signatoryTitle") }), PAGE);
}

export async function uploadSignatorySignatureAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { author } = await requireAuthor("/author/signatory");
  const file = form.get("signature");
  return runFormAction(form, async () => setSignatorySignature(author, file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array()), PAGE);
}
