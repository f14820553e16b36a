import { formPost } from "@/lib/http/route-handler";
import { markAlertsRead } from "@/lib/notifications/mark-alerts-read";

// "Mark all as read" in the Alerts panel (a plain form); back to the panel.
export const POST = formPost({}, async ({ viewer }) => {
  await markAlertsRead({ id: viewer.id, homeTenantId: viewer.homeTenantId });
  return "/alerts?done=read";
});
