import { seeOther } from "@/lib/auth/route-context";
import { currentViewer } from "@/lib/auth/viewer";
import { markAlertsRead } from "@/lib/notifications/mark-alerts-read";
import { isSameOrigin } from "@/lib/tenancy/same-origin";

// "Mark all as read" in the Alerts panel (a plain form); back to the panel.
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return new Response("Forbidden", { status: 403 });
  const viewer = await currentViewer();
  if (!viewer) return new Response("Not found", { status: 404 });
  await markAlertsRead({ id: viewer.id, homeTenantId: viewer.homeTenantId });
  return seeOther("/alerts?done=read");
}
