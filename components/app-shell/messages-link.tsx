import { Mail } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Viewer } from "@/lib/auth/load-viewer";
import { countUnreadMessages } from "@/lib/messages/count-unread";

/** The header's link to the viewer's messages, with the number of messages not read yet (like Alerts). */
export async function MessagesLink({ viewer }: { viewer: Viewer }) {
  const [t, unread] = await Promise.all([
    getTranslations("Messages"),
    countUnreadMessages({ id: viewer.id, homeTenantId: viewer.homeTenantId }),
  ]);
  return (
    <Link
      href="/messages"
      className="flex min-h-11 items-center gap-1 rounded px-2 hover:underline"
      aria-label={unread ? t("menuUnread", { count: unread }) : t("menu")}
      data-testid="messages-link"
    >
      <Mail size={18} aria-hidden="true" focusable={false} />
      <span>{t("menu")}</span>
      {unread ? (
        <span aria-hidden="true" className="rounded-full bg-white px-1.5 text-xs font-bold text-[var(--site-brand)]">
          {unread}
        </span>
      ) : null}
    </Link>
  );
}
