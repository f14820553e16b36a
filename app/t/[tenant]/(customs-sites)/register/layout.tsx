import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function RegisterLayout({ children }: { children: ReactNode }) {
  return <ClientMessages segment="register">{children}</ClientMessages>;
}
