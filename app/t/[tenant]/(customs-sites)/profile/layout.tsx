import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function ProfileLayout({ children }: { children: ReactNode }) {
  return <ClientMessages segment="profile">{children}</ClientMessages>;
}
