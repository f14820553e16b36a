import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function LearnLayout({ children }: { children: ReactNode }) {
  return <ClientMessages segment="learn">{children}</ClientMessages>;
}
