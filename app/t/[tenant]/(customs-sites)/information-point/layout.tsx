import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function InformationPointLayout({ children }: { children: ReactNode }) {
  return <ClientMessages segment="information-point">{children}</ClientMessages>;
}
