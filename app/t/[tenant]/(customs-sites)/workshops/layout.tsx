import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function WorkshopsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages segment="workshops">{children}</ClientMessages>;
}
