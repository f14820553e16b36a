import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function VerifyLayout({ children }: { children: ReactNode }) {
  return <ClientMessages segment="verify">{children}</ClientMessages>;
}
