import { setPreferredLocale } from "@/lib/accounts/set-preferred-locale";
import { currentViewer, tenantContext } from "@/lib/auth/viewer";
import { LOCALE_COOKIE, isLocale } from "@/lib/i18n/locales";
import { isSameOrigin } from "@/lib/tenancy/same-origin";
import { safeReturnPath } from "@/lib/tenancy/safe-return-path";
import { currentSite } from "@/lib/tenancy/site";

// The language switcher posts here (a plain form, no JavaScript needed); the answer is a full page load of
// the page the user was on, so everything on it is rendered again in the new language.
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return new Response("Forbidden", { status: 403 });
  const form = await request.formData();
  const locale = form.get("locale");
  const returnTo = safeReturnPath(form.get("returnTo"));
  const headers = new Headers({ Location: returnTo, "Cache-Control": "no-store" });
  if (isLocale(locale)) {
    headers.append("Set-Cookie", `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${365 * 24 * 3600}; SameSite=Lax`);
    const [site, viewer] = await Promise.all([currentSite(), currentViewer()]);
    if (site && viewer) await setPreferredLocale(tenantContext(site, viewer), viewer, locale);
  }
  return new Response(null, { status: 303, headers });
}
