"use server";

import { formAction } from "@/lib/http/form-action";
import { renameSavedSearch } from "@/lib/learning/rename-saved-search";
import { saveSearch } from "@/lib/learning/save-search";

const PAGE = "/record-of-learning";
const MANAGE = `${PAGE}/saved-searches`;
const searchOf = (form: FormData) => ({ name: String(form.get("name") ?? ""), query: String(form.get("query") ?? "") });

export const saveSearchAction = formAction(
  { signIn: PAGE, revalidate: PAGE, values: searchOf },
  ({ ctx, viewer }, form) => saveSearch(ctx, viewer.id, searchOf(form)),
);

export const renameSearchAction = formAction(
  { signIn: MANAGE, revalidate: MANAGE, keepValues: true, notFoundMessage: "searchGone" },
  ({ ctx, viewer }, form, id: string) =>
    renameSavedSearch(ctx, viewer.id, id, { name: String(form.get("name") ?? "") }),
);
