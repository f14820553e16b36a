import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function DashboardLayout({ children }: { children: ReactNode }) {
  return <ClientMessages segment="dashboard">{children}</ClientMessages>;
}
