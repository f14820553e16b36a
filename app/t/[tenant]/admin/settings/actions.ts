"use server";

import type { FormState } from "@/components/forms/form-state";
import { runFormAction } from "@/components/forms/run-form-action";
import { requireWcoAdmin } from "@/lib/auth/request-context";
import { setSecretaryGeneralName, setSignature, setTerms } from "@/lib/console/platform-settings";

const PAGE = { revalidate: "/admin/settings" };

export async function saveSignatoryAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { viewer } = await requireWcoAdmin("/admin/settings");
  return runFormAction(form, () => setSecretaryGeneralName(viewer, { secretaryGeneralName: form.get("secretaryGeneralName") }), PAGE);
}

export async function uploadSignatureAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { viewer } = await requireWcoAdmin("/admin/settings");
  const file = form.get("signature");
  const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
  return runFormAction(form, () => setSignature(viewer, bytes), PAGE);
}

export async function saveTermsAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { viewer } = await requireWcoAdmin("/admin/settings");
  return runFormAction(form, () => setTerms(viewer, { locale: form.get("locale"), body: form.get("body") }), PAGE);
}
