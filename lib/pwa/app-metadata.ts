// What every site's pages say about the installable app: the manifest, the favicon and Apple's icon, and the
// theme colour of the browser's frame (the administration's own colour on its space).
import type { Metadata, Viewport } from "next";
import type { Site } from "@/lib/tenancy/site";
import { siteThemeColor } from "./site-manifest";

export const APP_METADATA: Metadata = {
  manifest: "/api/site/manifest",
  icons: { icon: "/favicon.ico", apple: "/icons/apple-touch-icon.png" },
};

export function appViewport(site: Site | null): Viewport {
  return { themeColor: site ? siteThemeColor(site) : undefined };
}
