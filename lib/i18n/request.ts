// next-intl's per-request configuration: no locale in the URL; see chooseLocale().
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { currentViewer } from "@/lib/auth/viewer";
import { currentSite } from "@/lib/tenancy/site";
import { LOCALE_COOKIE, chooseLocale } from "./locales";

export default getRequestConfig(async () => {
  const [cookieStore, requestHeaders, viewer, site] = await Promise.all([
    cookies(),
    headers(),
    currentViewer(),
    currentSite(),
  ]);
  const locale = chooseLocale({
    preference: viewer?.locale,
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: requestHeaders.get("accept-language"),
    siteDefault: site?.kind === "tenant" ? site.tenant.defaultLocale : null,
  });
  return { locale, messages: (await import(`../../messages/${locale}.json`)).default };
});
