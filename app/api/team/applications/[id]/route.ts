import { decideApplication } from "@/lib/applications/decide-application";
import { formPost } from "@/lib/http/route-handler";
import { managerOn } from "@/lib/team/manager-on";

// Accept or deny an application from the Applications page (a plain form); answers with the page again. One
// already decided (another tab, another coordinator) is said so there.
export const POST = formPost<{ id: string }>(
  { can: "team.manage", onRefusal: () => "/team/applications?error=alreadyDecided" },
  async ({ site, viewer, params, form }) => {
    const submitted = await form();
    const accept = submitted.get("decision") === "accept";
    await decideApplication(managerOn(site, viewer, "en"), params.id, {
      type: String(submitted.get("type") ?? ""),
      accept,
      reason: String(submitted.get("reason") ?? ""),
    });
    return `/team/applications?done=${accept ? "accepted" : "denied"}`;
  },
);
