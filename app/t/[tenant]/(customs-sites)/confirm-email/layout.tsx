import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function ConfirmEmailLayout({ children }: { children: ReactNode }) {
  return <ClientMessages segment="confirm-email">{children}</ClientMessages>;
}
