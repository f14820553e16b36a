import Link from "next/link";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { Viewer } from "@/lib/auth/load-viewer";
import { can } from "@/lib/permissions";
import type { Site } from "@/lib/tenancy/site";
import { AlertsLink } from "./alerts-link";
import { LanguageSwitcher } from "./language-switcher";
import { UserMenu } from "./user-menu";

const NAVIGATION = [
  { href: "/", key: "home" },
  { href: "/dashboard", key: "dashboard" },
  { href: "/record-of-learning", key: "recordOfLearning" },
  { href: "/find-learning", key: "findLearning" },
] as const;

const MEMBER_ADMINISTRATIONS = 186;

/** A tenant space's own colours, as CSS variables read by globals.css. */
function brandStyle(site: Site): React.CSSProperties | undefined {
  const { primaryColor, accentColor } = site.tenant;
  if (!primaryColor && !accentColor) return undefined;
  return {
    ...(primaryColor ? { "--tenant-brand": primaryColor } : {}),
    ...(accentColor ? { "--tenant-accent": accentColor } : {}),
  } as React.CSSProperties;
}

export async function AppShell({ site, viewer, children }: { site: Site; viewer: Viewer | null; children: ReactNode }) {
  const [t, authoring, team] = await Promise.all([
    getTranslations("Shell"),
    getTranslations("Authoring"),
    getTranslations("Team"),
  ]);
  // The visible path (before the proxy's rewrite), so forms can bring the user back where they were.
  const returnTo = (await headers()).get("x-visible-path") ?? "/";
  const siteName = site.kind === "tenant" ? (site.tenant.displayName ?? site.tenant.name) : null;
  return (
    <div className="site flex min-h-screen flex-col bg-slate-50 text-slate-900" style={brandStyle(site)}>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-20 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("skipToContent")}
      </a>
      <header className="bg-[var(--site-brand)] text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/" className="flex items-center text-xl font-bold tracking-tight">
            {site.tenant.logoVersion ? (
              // eslint-disable-next-line @next/next/no-img-element -- a small logo served by the platform; no optimiser round trip
              <img
                src={`/api/site/logo?v=${site.tenant.logoVersion}`}
                alt=""
                height={32}
                className="me-2 h-8 w-auto rounded bg-white p-0.5"
                data-testid="site-logo"
              />
            ) : null}
            {t("platformName")}
            {siteName ? (
              <span className="ms-2 text-base font-normal opacity-90" data-testid="site-name">
                {siteName}
              </span>
            ) : null}
          </Link>
          <nav aria-label={t("mainNavigation")} className="flex-1">
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              {NAVIGATION.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className="rounded px-1 py-0.5 hover:underline">
                    {t(item.key)}
                  </Link>
                </li>
              ))}
              {can("authoring.author", { site, viewer }) ? (
                <li>
                  <Link href="/author/courses" className="rounded px-1 py-0.5 hover:underline">
                    {authoring("menu")}
                  </Link>
                </li>
              ) : null}
              {can("team.manage", { site, viewer }) ? (
                <li>
                  <Link href="/team" className="rounded px-1 py-0.5 hover:underline">
                    {team("menu")}
                  </Link>
                </li>
              ) : null}
              {can("console.administer", { site, viewer }) ? (
                <li>
                  <Link href="/admin" className="rounded px-1 py-0.5 hover:underline">
                    {t("console")}
                  </Link>
                </li>
              ) : null}
            </ul>
          </nav>
          <div className="flex items-center gap-3">
            {viewer ? <AlertsLink viewer={viewer} /> : null}
            <LanguageSwitcher returnTo={returnTo} />
            <UserMenu viewer={viewer} />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        {children}
      </main>
      <footer className="border-t border-slate-200 bg-white py-4 text-center text-sm text-slate-700">
        {t("footer", { count: MEMBER_ADMINISTRATIONS })}
      </footer>
    </div>
  );
}
