"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { currentViewer, tenantContext } from "@/lib/auth/viewer";
import { setPreferredLocale } from "@/lib/accounts/set-preferred-locale";
import { LOCALE_COOKIE, isLocale } from "@/lib/i18n/locales";
import { currentSite } from "@/lib/tenancy/site";
import { safeReturnPath } from "@/lib/tenancy/safe-return-path";

export async function changeLanguage(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  const returnTo = safeReturnPath(formData.get("returnTo"));
  if (isLocale(locale)) {
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
    const [site, viewer] = await Promise.all([currentSite(), currentViewer()]);
    if (site && viewer) await setPreferredLocale(tenantContext(site, viewer), viewer, locale);
  }
  redirect(returnTo);
}
