import type { ReactNode } from "react";
import { AcademyShell } from "@/components/academy/academy-shell";
import { ClientMessages } from "@/components/i18n/client-messages";
import { loadPage } from "@/lib/http/load-page";
import { academyMetadata } from "@/lib/i18n/academy-metadata";

export const generateMetadata = academyMetadata;

export default async function AcademyLayout({ children }: { children: ReactNode }) {
  const { site, viewer } = await loadPage({ sites: ["academy"] });
  return (
    <AcademyShell site={site} viewer={viewer}>
      <ClientMessages segment="academy">{children}</ClientMessages>
    </AcademyShell>
  );
}
