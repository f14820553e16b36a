import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function RecordOfLearningLayout({ children }: { children: ReactNode }) {
  return <ClientMessages segment="record-of-learning">{children}</ClientMessages>;
}
