import { getLocale } from "next-intl/server";
import { currentViewer } from "@/lib/auth/viewer";
import { Invalid, NotFound } from "@/lib/errors";
import { deleteTeamMember } from "@/lib/team/delete-team-member";
import { managerOn } from "@/lib/team/manager-on";
import { setSuspended } from "@/lib/team/set-suspended";
import { safeReturnPath } from "@/lib/tenancy/safe-return-path";
import { isSameOrigin } from "@/lib/tenancy/same-origin";
import { currentSite } from "@/lib/tenancy/site";

// The Team list's row buttons (suspend, reactivate, delete) post plain forms here, so they work without
// JavaScript; the answer (303) reloads the list with ?done=<what happened> or ?error=<message key>.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!isSameOrigin(request)) return new Response("Forbidden", { status: 403 });
  const [{ id }, site, viewer, locale, form] = await Promise.all([params, currentSite(), currentViewer(), getLocale(), request.formData()]);
  const op = String(form.get("op") ?? "");
  let outcome: [string, string];
  try {
    if (!site) throw new NotFound();
    const manager = managerOn(site, viewer, locale);
    if (op === "suspend") await setSuspended(manager, id, true);
    else if (op === "reactivate") await setSuspended(manager, id, false);
    else if (op === "delete") await deleteTeamMember(manager, id);
    else throw new NotFound();
    outcome = ["done", op === "suspend" ? "suspended" : op === "reactivate" ? "reactivated" : "deleted"];
  } catch (caught) {
    if (caught instanceof NotFound) return new Response("Not found", { status: 404 });
    if (!(caught instanceof Invalid)) throw caught;
    outcome = ["error", Object.values(caught.fields)[0] ?? "required"];
  }
  const back = new URL(safeReturnPath(form.get("returnTo"), "/team"), "http://site.invalid");
  back.searchParams.delete("done");
  back.searchParams.delete("error");
  back.searchParams.set(...outcome);
  return new Response(null, { status: 303, headers: { Location: `${back.pathname}${back.search}`, "Cache-Control": "no-store" } });
}
