import { getLocale } from "next-intl/server";
import { NotFound } from "@/lib/errors";
import { formPost } from "@/lib/http/route-handler";
import { deleteTeamMember } from "@/lib/team/delete-team-member";
import { managerOn } from "@/lib/team/manager-on";
import { setSuspended } from "@/lib/team/set-suspended";
import { safeReturnPath } from "@/lib/tenancy/safe-return-path";

// The Team list's row buttons (suspend, reactivate, delete) post plain forms here, so they work without
// JavaScript; the answer (303) reloads the list with ?done=<what happened> or ?error=<message key>.
const DONE = { suspend: "suspended", reactivate: "reactivated", delete: "deleted" } as const;

async function backToList(form: Promise<FormData>, outcome: [string, string]): Promise<string> {
  const back = new URL(safeReturnPath((await form).get("returnTo"), "/team"), "http://site.invalid");
  back.searchParams.delete("done");
  back.searchParams.delete("error");
  back.searchParams.set(...outcome);
  return `${back.pathname}${back.search}`;
}

export const POST = formPost<{ id: string }>(
  { can: "team.manage", onRefusal: ({ key }, input) => backToList(input.form(), ["error", key]) },
  async ({ site, viewer, params, form }) => {
    const op = String((await form()).get("op") ?? "");
    const manager = managerOn(site, viewer, await getLocale());
    if (op === "suspend") await setSuspended(manager, params.id, true);
    else if (op === "reactivate") await setSuspended(manager, params.id, false);
    else if (op === "delete") await deleteTeamMember(manager, params.id);
    else throw new NotFound();
    return backToList(form(), ["done", DONE[op]]);
  },
);
