import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function CoursesLayout({ children }: { children: ReactNode }) {
  return <ClientMessages segment="courses">{children}</ClientMessages>;
}
