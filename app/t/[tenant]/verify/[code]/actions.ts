"use server";

import type { FormState } from "@/components/forms/form-state";
import { runFormAction } from "@/components/forms/run-form-action";
import { requestContext } from "@/lib/auth/request-context";
import { authorOn } from "@/lib/authoring/author";
import { revokeCertificate } from "@/lib/certificates/revoke-certificate";
import { NotFound } from "@/lib/errors";

export async function revokeAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { site, viewer } = await requestContext();
  const code = String(form.get("code") ?? "");
  return runFormAction(form, () => revokeCertificate(authorOn(site, viewer), code, { reason: form.get("reason") }), { revalidate: `/verify/${code}` }).catch((error) => {
    if (error instanceof NotFound) return { values: {}, errors: { form: "notFound" } };
    throw error;
  });
}
