import { getLocale, getTranslations } from "next-intl/server";
import { isLocale, DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { readRoute } from "@/lib/http/route-handler";
import { siteManifest } from "@/lib/pwa/site-manifest";

// The current site's web app manifest (public branding). Browsers fetch it again now and then to see changes;
// an hour's cache keeps a changed colour or logo from waiting long.
export const GET = readRoute({ signedIn: false }, async ({ site }) => {
  const [requested, t] = await Promise.all([getLocale(), getTranslations()]);
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  return Response.json(
    siteManifest(site, locale, (key) => t(key)),
    {
      headers: {
        "Content-Type": "application/manifest+json; charset=utf-8",
        "Cache-Control": "public, max-age=3600",
        Vary: "Accept-Language, Cookie",
      },
    },
  );
});
