import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function MessagesLayout({ children }: { children: ReactNode }) {
  return <ClientMessages segment="messages">{children}</ClientMessages>;
}
