import { getLocale } from "next-intl/server";
import { NotFound } from "@/lib/errors";
import { backTo } from "@/lib/http/back-to";
import { formPost } from "@/lib/http/route-handler";
import { deleteTeamMember } from "@/lib/team/delete-team-member";
import { managerOn } from "@/lib/team/manager-on";
import { setSuspended } from "@/lib/team/set-suspended";
import { safeReturnPath } from "@/lib/tenancy/safe-return-path";

// The Team list's row buttons (suspend, reactivate, delete) post plain forms here, so they work without
// JavaScript; the answer (303) reloads the list with ?done=<what happened> or ?error=<message key>.
const DONE = { suspend: "suspended", reactivate: "reactivated", delete: "deleted" } as const;

const listPage = (form: FormData) => safeReturnPath(form.get("returnTo"), "/team");

export const POST = formPost<{ id: string }>(
  { can: "team.manage", onRefusal: async ({ key }, { form }) => backTo(listPage(await form()), { error: key }) },
  async ({ site, viewer, params, form }) => {
    const submitted = await form();
    const op = String(submitted.get("op") ?? "");
    const manager = managerOn(site, viewer, await getLocale());
    if (op === "suspend") await setSuspended(manager, params.id, true);
    else if (op === "reactivate") await setSuspended(manager, params.id, false);
    else if (op === "delete") await deleteTeamMember(manager, params.id);
    else throw new NotFound();
    return backTo(listPage(submitted), { done: DONE[op] });
  },
);
