import { Mail } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { Viewer } from "@/lib/auth/load-viewer";
import { countUnreadMessages } from "@/lib/messages/count-unread";
import { CountLink } from "./count-link";

/** The header's link to the viewer's messages, with the number of messages not read yet (like Alerts). */
export async function MessagesLink({ viewer }: { viewer: Viewer }) {
  const [t, unread] = await Promise.all([
    getTranslations("Messages"),
    countUnreadMessages({ id: viewer.id, homeTenantId: viewer.homeTenantId }),
  ]);
  return (
    <CountLink
      href="/messages"
      icon={Mail}
      label={t("menu")}
      unreadLabel={t("menuUnread", { count: unread })}
      count={unread}
      testId="messages-link"
    />
  );
}
