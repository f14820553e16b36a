"use server";

import { authorOn } from "@/lib/authoring/author";
import { revokeCertificate } from "@/lib/certificates/revoke-certificate";
import { formAction } from "@/lib/http/form-action";

// A certificate this author may not revoke (another administration's) reads like one that does not exist.
export const revokeAction = formAction(
  {
    can: "authoring.author",
    notFoundMessage: "notFound",
    revalidate: (form) => `/verify/${String(form.get("code") ?? "")}`,
  },
  async ({ site, viewer }, form) => {
    await revokeCertificate(authorOn(site, viewer), String(form.get("code") ?? ""), { reason: form.get("reason") });
  },
);
