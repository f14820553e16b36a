"use server";

import { confirmRegistration } from "@/lib/accounts/confirm-registration";

export type ConfirmState =
  { status: "idle" } | { status: "confirmed"; administration: string; accountOpened: boolean } | { status: "failed" };

export async function confirmAction(_previous: ConfirmState, formData: FormData): Promise<ConfirmState> {
  const result = await confirmRegistration(String(formData.get("token") ?? ""));
  return result
    ? { status: "confirmed", administration: result.administration, accountOpened: result.accountOpened }
    : { status: "failed" };
}
