"use server";

import { revalidatePath } from "next/cache";
import { requireSignedIn } from "@/lib/auth/request-context";
import { Invalid } from "@/lib/errors";
import { deleteSavedSearch, saveSearch } from "@/lib/learning/saved-searches";
import type { FormState } from "@/components/forms/form-state";

export async function saveSearchAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { viewer, ctx } = await requireSignedIn("/record-of-learning");
  const values = { name: String(formData.get("name") ?? ""), query: String(formData.get("query") ?? "") };
  try {
    await saveSearch(ctx, viewer.id, values);
  } catch (error) {
    if (error instanceof Invalid) return { values, errors: error.fields };
    throw error;
  }
  revalidatePath("/record-of-learning");
  return { values: {}, errors: {}, done: true };
}

export async function deleteSearchAction(formData: FormData): Promise<void> {
  const { viewer, ctx } = await requireSignedIn("/record-of-learning");
  await deleteSavedSearch(ctx, viewer.id, String(formData.get("id") ?? ""));
  revalidatePath("/record-of-learning");
}
