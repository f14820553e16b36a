import { Bell } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { Viewer } from "@/lib/auth/load-viewer";
import { countUnreadAlerts } from "@/lib/notifications/list-alerts";
import { CountLink } from "./count-link";

/** The header's link to the Alerts panel, with the number of unread alerts. */
export async function AlertsLink({ viewer }: { viewer: Viewer }) {
  const [t, unread] = await Promise.all([
    getTranslations("Alerts"),
    countUnreadAlerts({ id: viewer.id, homeTenantId: viewer.homeTenantId }),
  ]);
  return (
    <CountLink
      href="/alerts"
      icon={Bell}
      label={t("menu")}
      unreadLabel={t("menuUnread", { count: unread })}
      count={unread}
      testId="alerts-link"
    />
  );
}
