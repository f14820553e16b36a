import { NotFound } from "@/lib/errors";
import { backTo } from "@/lib/http/back-to";
import { formPost } from "@/lib/http/route-handler";
import { deleteSavedSearch } from "@/lib/learning/delete-saved-search";
import { setDefaultSearch } from "@/lib/learning/set-default-search";
import { safeReturnPath } from "@/lib/tenancy/safe-return-path";

// A saved search's buttons (set as the default view, stop using it as the default, delete) post plain forms here,
// so they work without JavaScript; the answer (303) goes back to the page with ?done=<what happened>.
const DONE = { default: "defaultSet", undefault: "defaultCleared", delete: "deleted" } as const;

export const POST = formPost<{ id: string }>({ sites: ["root", "tenant"] }, async ({ ctx, viewer, params, form }) => {
  const submitted = await form();
  const op = String(submitted.get("op") ?? "");
  if (op === "default") await setDefaultSearch(ctx, viewer.id, params.id);
  else if (op === "undefault") await setDefaultSearch(ctx, viewer.id, null);
  else if (op === "delete") await deleteSavedSearch(ctx, viewer.id, params.id);
  else throw new NotFound();
  return backTo(safeReturnPath(submitted.get("returnTo"), "/record-of-learning"), { done: DONE[op] });
});
