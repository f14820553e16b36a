"use server";

import { cookies } from "next/headers";
import { savePreferences } from "@/lib/accounts/save-preferences";
import { formAction } from "@/lib/http/form-action";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { kindsOfferedOn } from "@/lib/notifications/email-kinds";

// The language applies at once (the form draws the page again from the root layout, useNewLanguage) and to e-mails.
export const savePreferencesAction = formAction(
  { signIn: "/preferences", revalidateSite: true, keepValues: true },
  async ({ site, viewer, ctx }, form) => {
    const saved = await savePreferences(
      { ...ctx, tenantId: viewer.homeTenantId },
      viewer.id,
      {
        locale: form.get("locale"),
        emails: form.getAll("emails"),
        alerts: form.getAll("alerts"),
        discussionDigest: form.get("discussionDigest"),
      },
      kindsOfferedOn(site),
    );
    (await cookies()).set(LOCALE_COOKIE, saved.locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  },
);
