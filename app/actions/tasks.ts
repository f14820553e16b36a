"use server";

import { decideRegistration } from "@/lib/accounts/decide-registration";
import { requireSignedIn } from "@/lib/auth/request-context";
import { Conflict } from "@/lib/errors";

export type DecisionState = { outcome?: "accepted" | "rejected" | "alreadyDecided"; name?: string };

export async function decideRegistrationAction(_previous: DecisionState, formData: FormData): Promise<DecisionState> {
  const { viewer } = await requireSignedIn("/dashboard");
  const accept = formData.get("decision") === "accept";
  const name = String(formData.get("name") ?? "");
  try {
    await decideRegistration(
      { id: viewer.id, homeTenantId: viewer.homeTenantId, roles: viewer.roles },
      String(formData.get("requestId") ?? ""),
      accept ? { accept: true } : { accept: false, reason: String(formData.get("reason") ?? "") },
    );
  } catch (error) {
    if (error instanceof Conflict) return { outcome: "alreadyDecided", name };
    throw error;
  }
  // No revalidation: the decided item stays in place with its outcome; the next visit no longer lists it.
  return { outcome: accept ? "accepted" : "rejected", name };
}
