"use server";

import { setAdministrationApprover } from "@/lib/accounts/set-administration-approver";
import { formAction } from "@/lib/http/form-action";

export const setApproverAction = formAction(
  { signIn: "/admin/approvers", can: "console.administer", revalidate: "/admin/approvers" },
  ({ viewer }, form) =>
    setAdministrationApprover(
      viewer,
      String(form.get("administration") ?? ""),
      String(form.get("username") ?? "").trim() || null,
    ),
);
