"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/http/form-action";
import { loadPage } from "@/lib/http/load-page";
import { deleteSavedSearch } from "@/lib/learning/delete-saved-search";
import { saveSearch } from "@/lib/learning/save-search";

const PAGE = "/record-of-learning";
const searchOf = (form: FormData) => ({ name: String(form.get("name") ?? ""), query: String(form.get("query") ?? "") });

export const saveSearchAction = formAction(
  { signIn: PAGE, revalidate: PAGE, values: searchOf },
  ({ ctx, viewer }, form) => saveSearch(ctx, viewer.id, searchOf(form)),
);

// A saved search's Delete button (a form without fields of its own, so no form state).
export async function deleteSearchAction(form: FormData): Promise<void> {
  const { viewer, ctx } = await loadPage({ signIn: PAGE });
  await deleteSavedSearch(ctx, viewer.id, String(form.get("id") ?? ""));
  revalidatePath(PAGE);
}
