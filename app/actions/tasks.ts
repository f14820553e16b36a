"use server";

import { formAction } from "@/lib/http/form-action";
import { decideApplication } from "@/lib/applications/decide-application";

// The Tasks panel's Accept and Reject: the same use case as the Applications page. No revalidation: the
// decided item stays in place with its outcome; the next visit no longer lists it.
export const decideRegistrationAction = formAction(
  { signIn: "/dashboard", can: "registrations.decide", keepValues: true },
  async ({ viewer }, form) => {
    const decision = {
      type: "REGISTRATION",
      accept: form.get("decision") === "accept",
      reason: String(form.get("reason") ?? ""),
    };
    await decideApplication(viewer, String(form.get("requestId") ?? ""), decision);
  },
);
