import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function PreferencesLayout({ children }: { children: ReactNode }) {
  return <ClientMessages segment="preferences">{children}</ClientMessages>;
}
