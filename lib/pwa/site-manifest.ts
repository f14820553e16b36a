// The web app manifest of a site, so each site installs as its own app: an administration's space under its own
// name, colour and logo, the Academy under its own, the root site as the platform. Public branding only: what
// the site's header already shows to a visitor.
import { textDirection, type Locale } from "@/lib/i18n/locales";
import { PLATFORM_COLORS } from "@/lib/tenancy/platform-colors";
import type { Site } from "@/lib/tenancy/site";

/** The sizes browsers ask for when they install an app, drawn from the site's logo when it has one. */
export const LOGO_ICON_SIZES = [192, 512] as const;
export type LogoIconSize = (typeof LOGO_ICON_SIZES)[number];

export interface ManifestIcon {
  src: string;
  sizes: string;
  type: "image/png";
  purpose: "any" | "maskable";
}

export interface WebAppManifest {
  id: string;
  name: string;
  short_name: string;
  description: string;
  lang: Locale;
  dir: "ltr" | "rtl";
  start_url: string;
  scope: string;
  display: "standalone";
  theme_color: string;
  background_color: string;
  icons: ManifestIcon[];
}

/** The reader's messages by full key ("Metadata.title"). */
export type Translate = (key: string) => string;

const PLATFORM_ICONS: ManifestIcon[] = [
  { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
  { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
  { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
];

/** The site's theme colour: an administration's own, otherwise the platform's. */
export function siteThemeColor(site: Site): string {
  return (site.kind === "tenant" ? site.tenant.primaryColor : null) ?? PLATFORM_COLORS.primary;
}

function logoIcons(site: Site): ManifestIcon[] {
  const version = site.tenant.logoVersion;
  if (site.kind !== "tenant" || !version) return [];
  return LOGO_ICON_SIZES.map((size) => ({
    src: `/api/site/icon/${size}?v=${version}`,
    sizes: `${size}x${size}`,
    type: "image/png" as const,
    purpose: "any" as const,
  }));
}

function names(site: Site, translate: Translate): { name: string; short_name: string; description: string } {
  const platform = translate("Shell.platformName");
  switch (site.kind) {
    case "academy":
      return {
        name: translate("Academy.title"),
        short_name: translate("Academy.title"),
        description: translate("Academy.intro"),
      };
    case "tenant": {
      const own = site.tenant.displayName ?? site.tenant.name;
      const code = site.tenant.countryCode ?? site.tenant.slug.toUpperCase();
      return {
        name: `${platform} – ${own}`,
        short_name: `${platform} ${code}`,
        description: translate("Metadata.description"),
      };
    }
    case "root":
      return {
        name: translate("Metadata.title"),
        short_name: platform,
        description: translate("Metadata.description"),
      };
  }
}

export function siteManifest(site: Site, locale: Locale, translate: Translate): WebAppManifest {
  const logo = logoIcons(site);
  return {
    // One app per site: the id is the site's start page, so each host installs as an app of its own.
    id: "/",
    ...names(site, translate),
    lang: locale,
    dir: textDirection(locale),
    start_url: "/",
    scope: "/",
    display: "standalone",
    theme_color: siteThemeColor(site),
    background_color: PLATFORM_COLORS.background,
    // The logo first where there is one; the platform's maskable icon stays for launchers that crop.
    icons: logo.length ? [...logo, PLATFORM_ICONS[2]] : PLATFORM_ICONS,
  };
}
