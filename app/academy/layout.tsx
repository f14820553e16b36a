import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { AcademyShell } from "@/components/academy/academy-shell";
import { ClientMessages } from "@/components/i18n/client-messages";
import { requestContext } from "@/lib/auth/request-context";

export default async function AcademyLayout({ children }: { children: ReactNode }) {
  const { site, viewer } = await requestContext();
  if (site.kind !== "academy") notFound();
  return (
    <AcademyShell viewer={viewer}>
      <ClientMessages segment="academy">{children}</ClientMessages>
    </AcademyShell>
  );
}
