"use server";

import { authorOn } from "@/lib/authoring/author";
import { setSignatory } from "@/lib/certificates/set-signatory";
import { setSignatorySignature } from "@/lib/certificates/set-signatory-signature";
import { formAction } from "@/lib/http/form-action";
import { uploadedBytes } from "@/lib/http/uploaded-bytes";

const PAGE = { signIn: "/author/signatory", can: "authoring.author", revalidate: "/author/signatory" } as const;

export const saveSignatoryAction = formAction(PAGE, ({ site, viewer }, form) =>
  setSignatory(authorOn(site, viewer), {
    signatoryName: form.get("signatoryName"),
    signatoryTitle: form.get("signatoryTitle"),
  }),
);

export const uploadSignatorySignatureAction = formAction(PAGE, async ({ site, viewer }, form) =>
  setSignatorySignature(authorOn(site, viewer), await uploadedBytes(form.get("signature"))),
);
