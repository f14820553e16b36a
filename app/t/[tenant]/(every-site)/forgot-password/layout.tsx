import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function ForgotPasswordLayout({ children }: { children: ReactNode }) {
  return <ClientMessages segment="forgot-password">{children}</ClientMessages>;
}
