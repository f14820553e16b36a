import { notFound } from "next/navigation";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { AcademyShell } from "@/components/academy/academy-shell";
import { AppShell } from "@/components/app-shell/app-shell";
import { ROOT_SITE_SLUG } from "@/lib/tenancy/host";
import { loadPage } from "@/lib/http/load-page";
import { academyMetadata } from "@/lib/i18n/academy-metadata";
import { APP_METADATA, appViewport } from "@/lib/pwa/app-metadata";
import { ACADEMY_SLUG, currentSite } from "@/lib/tenancy/site";

// The shared pages on the Academy (sign-in, course pages, learning) carry the Academy's name; elsewhere the root's.
export async function generateMetadata({ params }: { params: Promise<{ tenant: string }> }): Promise<Metadata> {
  return { ...APP_METADATA, ...((await params).tenant === ACADEMY_SLUG ? await academyMetadata() : {}) };
}

export async function generateViewport(): Promise<Viewport> {
  return appViewport(await currentSite());
}

export default async function SiteLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ tenant: string }>;
}) {
  const [{ tenant }, { site, viewer }] = await Promise.all([params, loadPage()]);
  // The route segment comes from the proxy's rewrite of the host; both must name the same site.
  const expected = site.kind === "root" ? ROOT_SITE_SLUG : site.tenant.slug;
  if (tenant !== expected) notFound();
  // The Academy reaches this tree only for the pages its proxy rule names (sign-in, learning), in its own shell.
  if (site.kind === "academy")
    return (
      <AcademyShell site={site} viewer={viewer}>
        {children}
      </AcademyShell>
    );
  return (
    <AppShell site={site} viewer={viewer}>
      {children}
    </AppShell>
  );
}
