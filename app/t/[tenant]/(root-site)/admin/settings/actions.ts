"use server";

import { setSecretaryGeneralName } from "@/lib/console/set-secretary-general-name";
import { setSignature } from "@/lib/console/set-signature";
import { setTerms } from "@/lib/console/set-terms";
import { formAction } from "@/lib/http/form-action";
import { uploadedBytes } from "@/lib/http/uploaded-bytes";

const PAGE = { signIn: "/admin/settings", can: "console.administer", revalidate: "/admin/settings" } as const;

export const saveSignatoryAction = formAction(PAGE, ({ viewer }, form) =>
  setSecretaryGeneralName(viewer, { secretaryGeneralName: form.get("secretaryGeneralName") }),
);

export const uploadSignatureAction = formAction(PAGE, async ({ viewer }, form) =>
  setSignature(viewer, await uploadedBytes(form.get("signature"))),
);

export const saveTermsAction = formAction(PAGE, ({ viewer }, form) =>
  setTerms(viewer, { locale: form.get("locale"), body: form.get("body") }),
);
