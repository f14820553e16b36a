import { Link } from "@/components/ui/link";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { Viewer } from "@/lib/auth/load-viewer";
import { can } from "@/lib/permissions";
import type { Site } from "@/lib/tenancy/site";
import { AlertsLink } from "./alerts-link";
import { BrandName } from "./brand-name";
import { LanguageSwitcher } from "./language-switcher";
import { MessagesLink } from "./messages-link";
import { SiteMenu, menuLinkClass } from "./site-menu";
import { UserMenu } from "./user-menu";
import { SiteFooter } from "./site-footer";
import { AppUpdates } from "@/components/pwa/app-updates";
import { ConnectionStatus } from "@/components/pwa/connection-status";

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
  const links = [
    ...NAVIGATION.map((item) => ({ href: item.href, label: t(item.key) })),
    ...(can("authoring.author", { site, viewer }) ? [{ href: "/author/courses", label: authoring("menu") }] : []),
    ...(can("team.manage", { site, viewer }) ? [{ href: "/team", label: team("menu") }] : []),
    ...(can("console.administer", { site, viewer }) ? [{ href: "/admin", label: t("console") }] : []),
  ];
  return (
    <div className="site flex min-h-screen flex-col bg-slate-50 text-slate-900" style={brandStyle(site)}>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-20 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("skipToContent")}
      </a>
      <header className="relative bg-[var(--site-brand)] text-white">
        <div className="mx-auto flex max-w-6xl items-center gap-x-6 px-4 py-2">
          <Link href="/" className="flex min-h-11 shrink-0 items-center text-xl font-bold tracking-tight">
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
            <BrandName name={t("platformName")} />
            {siteName ? (
              <span className="ms-2 text-base font-normal opacity-90" data-testid="site-name">
                {siteName}
              </span>
            ) : null}
          </Link>
          <SiteMenu label={t("menu")}>
            <nav aria-label={t("mainNavigation")} className="md:flex-1">
              <ul className="flex flex-col md:flex-row md:flex-wrap md:gap-x-2">
                {links.map((item) => (
                  <li key={item.href}>
                    <Link href={item.href} className={menuLinkClass}>
                      {item.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
            <div className="flex flex-wrap items-center gap-3">
              <ConnectionStatus />
              {viewer ? <AlertsLink viewer={viewer} /> : null}
              {viewer ? <MessagesLink viewer={viewer} /> : null}
              <LanguageSwitcher returnTo={returnTo} />
              <UserMenu viewer={viewer} />
            </div>
          </SiteMenu>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        {children}
      </main>
      <SiteFooter note={t("footer", { count: MEMBER_ADMINISTRATIONS })} />
      <AppUpdates viewerId={viewer?.id ?? null} />
    </div>
  );
}
