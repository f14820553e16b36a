import { decideRegistration } from "@/lib/accounts/decide-registration";
import { seeOther } from "@/lib/auth/route-context";
import { currentViewer } from "@/lib/auth/viewer";
import { Conflict, Invalid, NotFound } from "@/lib/errors";
import { decideEnrolmentRequest } from "@/lib/team/decide-enrolment-request";
import { managerOn } from "@/lib/team/manager-on";
import { isSameOrigin } from "@/lib/tenancy/same-origin";
import { currentSite } from "@/lib/tenancy/site";
import { decideWorkshopApplication } from "@/lib/workshops/decide-workshop-application";

// Accept or deny an application from the Applications page (a plain form): registration requests go through
// their approver's rules, enrolment requests and workshop applications through the coordinator's scope. Answers with the page again.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!isSameOrigin(request)) return new Response("Forbidden", { status: 403 });
  const [{ id }, site, viewer, form] = await Promise.all([params, currentSite(), currentViewer(), request.formData()]);
  const accept = form.get("decision") === "accept";
  const reason = String(form.get("reason") ?? "");
  try {
    if (!site) throw new NotFound();
    const manager = managerOn(site, viewer, "en");
    const type = form.get("type");
    if (type === "REGISTRATION") await decideRegistration(manager, id, accept ? { accept: true } : { accept: false, reason });
    else if (type === "WORKSHOP") await decideWorkshopApplication(manager, id, accept, reason);
    else await decideEnrolmentRequest(manager, id, accept, reason);
  } catch (error) {
    if (error instanceof NotFound) return new Response("Not found", { status: 404 });
    if (error instanceof Invalid || error instanceof Conflict) return seeOther("/team/applications?error=alreadyDecided");
    throw error;
  }
  return seeOther(`/team/applications?done=${accept ? "accepted" : "denied"}`);
}
