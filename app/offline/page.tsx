import { WifiOff } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BrandName } from "@/components/app-shell/brand-name";
import { ButtonAnchor } from "@/components/ui/button-anchor";
import { PageTitle } from "@/components/ui/page-title";
import { loadPage } from "@/lib/http/load-page";
import { siteThemeColor } from "@/lib/pwa/site-manifest";

// What the service worker shows for a page that was not kept on the device (docs/decisions/0044). It is stored at
// install, so it shows nobody's account: the site's name and colour only, and works without JavaScript.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("App");
  return { title: t("offlineTitle"), robots: { index: false } };
}

export default async function OfflinePage() {
  const [{ site }, t, shell, academy] = await Promise.all([
    loadPage(),
    getTranslations("App"),
    getTranslations("Shell"),
    getTranslations("Academy"),
  ]);
  const siteName =
    site.kind === "academy"
      ? academy("title")
      : site.kind === "tenant"
        ? (site.tenant.displayName ?? site.tenant.name)
        : null;
  return (
    <div className="flex min-h-screen flex-col bg-slate-50 text-slate-900">
      <header className="text-white" style={{ backgroundColor: siteThemeColor(site) }}>
        <p className="mx-auto flex min-h-14 max-w-3xl items-center gap-2 px-4 text-xl font-bold">
          {site.kind === "academy" ? null : <BrandName name={shell("platformName")} />}
          {siteName ? <span className="text-base font-normal">{siteName}</span> : null}
        </p>
      </header>
      <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-10">
        <WifiOff aria-hidden="true" className="mb-4 h-10 w-10 text-slate-500" />
        <PageTitle>{t("offlineTitle")}</PageTitle>
        <p className="mt-4 max-w-prose text-lg">{t("offlineBody")}</p>
        <p className="mt-2 max-w-prose text-slate-700">{t("offlineSaved")}</p>
        <ButtonAnchor href="/" className="mt-6">
          {t("tryAgain")}
        </ButtonAnchor>
      </main>
    </div>
  );
}
