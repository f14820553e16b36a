import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function TeamLayout({ children }: { children: ReactNode }) {
  return <ClientMessages segment="team">{children}</ClientMessages>;
}
