import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function ResetPasswordLayout({ children }: { children: ReactNode }) {
  return <ClientMessages segment="reset-password">{children}</ClientMessages>;
}
