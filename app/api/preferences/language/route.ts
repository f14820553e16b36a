import { setPreferredLocale } from "@/lib/accounts/set-preferred-locale";
import { formPost } from "@/lib/http/route-handler";
import { LOCALE_COOKIE, isLocale } from "@/lib/i18n/locales";
import { safeReturnPath } from "@/lib/tenancy/safe-return-path";

// The language switcher posts here (a plain form, no JavaScript needed); the answer is a full page load of
// the page the user was on, so everything on it is rendered again in the new language.
export const POST = formPost({ signedIn: false }, async ({ ctx, viewer, form }) => {
  const submitted = await form();
  const locale = submitted.get("locale");
  const headers = new Headers({ Location: safeReturnPath(submitted.get("returnTo")), "Cache-Control": "no-store" });
  if (isLocale(locale)) {
    headers.append("Set-Cookie", `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${365 * 24 * 3600}; SameSite=Lax`);
    if (viewer) await setPreferredLocale(ctx, viewer, locale);
  }
  return new Response(null, { status: 303, headers });
});
