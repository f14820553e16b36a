import { Link } from "@/components/ui/link";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/app-shell/site-footer";
import { AppUpdates } from "@/components/pwa/app-updates";
import { ConnectionStatus } from "@/components/pwa/connection-status";
import type { ReactNode } from "react";
import { LanguageSwitcher } from "@/components/app-shell/language-switcher";
import { MessagesLink } from "@/components/app-shell/messages-link";
import { SiteMenu, menuLinkClass } from "@/components/app-shell/site-menu";
import { signOutAction } from "@/app/actions/session";
import type { Viewer } from "@/lib/auth/load-viewer";
import { can } from "@/lib/permissions";
import type { Site } from "@/lib/tenancy/site";

/** The WCO Academy store's frame: its own navigation (store, my learning, orders, company seats). */
export async function AcademyShell({
  site,
  viewer,
  children,
}: {
  site: Site;
  viewer: Viewer | null;
  children: ReactNode;
}) {
  const [t, shell] = await Promise.all([getTranslations("Store"), getTranslations("Shell")]);
  const returnTo = (await headers()).get("x-visible-path") ?? "/";
  const links = [
    { href: "/", label: t("nav.store") },
    ...(viewer
      ? [
          { href: "/dashboard", label: t("nav.myLearning") },
          { href: "/orders", label: t("nav.orders") },
        ]
      : []),
    ...(can("store.manageCompany", { site, viewer }) ? [{ href: "/company", label: t("nav.company") }] : []),
  ];
  return (
    <div className="flex min-h-screen flex-col bg-slate-50 text-slate-900">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-20 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {shell("skipToContent")}
      </a>
      <header className="relative bg-brand text-white">
        <div className="mx-auto flex max-w-6xl items-center gap-x-6 px-4 py-2">
          <Link href="/" className="flex min-h-11 shrink-0 items-center text-xl font-bold tracking-tight">
            {t("name")}
          </Link>
          <SiteMenu label={shell("menu")}>
            <nav aria-label={shell("mainNavigation")} className="md:flex-1">
              <ul className="flex flex-col md:flex-row md:flex-wrap md:gap-x-2">
                {links.map((link) => (
                  <li key={link.href}>
                    <Link href={link.href} className={menuLinkClass}>
                      {link.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
            <div className="flex flex-wrap items-center gap-3">
              <ConnectionStatus />
              {viewer ? <MessagesLink viewer={viewer} /> : null}
              <LanguageSwitcher returnTo={returnTo} />
              {viewer ? (
                <form action={signOutAction} className="flex flex-wrap items-center gap-2">
                  <span className="text-sm">{shell("signedInAs", { name: viewer.username })}</span>
                  <button
                    type="submit"
                    className="min-h-11 rounded bg-white px-3 font-medium text-brand hover:bg-slate-100"
                  >
                    {shell("signOut")}
                  </button>
                </form>
              ) : (
                <>
                  <Link
                    href={`/sign-in?returnTo=${encodeURIComponent(returnTo)}`}
                    className="flex min-h-11 items-center rounded bg-white px-3 font-medium text-brand hover:bg-slate-100"
                  >
                    {shell("signIn")}
                  </Link>
                  <Link href="/register" className="flex min-h-11 items-center rounded px-2 underline">
                    {t("nav.signUp")}
                  </Link>
                </>
              )}
            </div>
          </SiteMenu>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        {children}
      </main>
      <SiteFooter />
      <AppUpdates viewerId={viewer?.id ?? null} />
    </div>
  );
}
