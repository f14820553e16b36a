import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { AppShell } from "@/components/app-shell/app-shell";
import { requestContext } from "@/lib/auth/request-context";
import { ROOT_SITE_SLUG } from "@/lib/tenancy/host";

export default async function SiteLayout({ children, params }: { children: ReactNode; params: Promise<{ tenant: string }> }) {
  const [{ tenant }, { site, viewer }] = await Promise.all([params, requestContext()]);
  // The route segment comes from the proxy's rewrite of the host; both must name the same site.
  const expected = site.kind === "root" ? ROOT_SITE_SLUG : site.tenant.slug;
  if (site.kind === "academy" || tenant !== expected) notFound();
  return (
    <AppShell site={site} viewer={viewer}>
      {children}
    </AppShell>
  );
}
