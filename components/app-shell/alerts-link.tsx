import { Bell } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Viewer } from "@/lib/auth/load-viewer";
import { countUnreadAlerts } from "@/lib/notifications/list-alerts";

/** The header's link to the Alerts panel, with the number of unread alerts. */
export async function AlertsLink({ viewer }: { viewer: Viewer }) {
  const [t, unread] = await Promise.all([
    getTranslations("Alerts"),
    countUnreadAlerts({ id: viewer.id, homeTenantId: viewer.homeTenantId }),
  ]);
  return (
    <Link
      href="/alerts"
      className="flex min-h-11 items-center gap-1 rounded px-2 hover:underline"
      aria-label={unread ? t("menuUnread", { count: unread }) : t("menu")}
      data-testid="alerts-link"
    >
      <Bell size={18} aria-hidden="true" focusable={false} />
      <span>{t("menu")}</span>
      {unread ? (
        <span aria-hidden="true" className="rounded-full bg-white px-1.5 text-xs font-bold text-[var(--site-brand)]">
          {unread}
        </span>
      ) : null}
    </Link>
  );
}
