import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function AuthorLayout({ children }: { children: ReactNode }) {
  return <ClientMessages segment="author">{children}</ClientMessages>;
}
