import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { AcademyShell } from "@/components/academy/academy-shell";
import { ClientMessages } from "@/components/i18n/client-messages";
import { loadPage } from "@/lib/http/load-page";
import { academyMetadata } from "@/lib/i18n/academy-metadata";
import { APP_METADATA, appViewport } from "@/lib/pwa/app-metadata";
import { currentSite } from "@/lib/tenancy/site";

export async function generateMetadata(): Promise<Metadata> {
  return { ...APP_METADATA, ...(await academyMetadata()) };
}

export async function generateViewport(): Promise<Viewport> {
  return appViewport(await currentSite());
}

export default async function AcademyLayout({ children }: { children: ReactNode }) {
  const { site, viewer } = await loadPage({ sites: ["academy"] });
  return (
    <AcademyShell site={site} viewer={viewer}>
      <ClientMessages segment="academy">{children}</ClientMessages>
    </AcademyShell>
  );
}
