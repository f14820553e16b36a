"use server";

import { cookies } from "next/headers";
import { saveProfilePhoto } from "@/lib/accounts/save-profile-photo";
import { changePassword } from "@/lib/accounts/change-password";
import { changeOwnEmail } from "@/lib/accounts/change-own-email";
import { updateProfile } from "@/lib/accounts/update-profile";
import { signIn } from "@/lib/auth/next-auth";
import type { SignedInEntry } from "@/lib/http/entry";
import { formAction } from "@/lib/http/form-action";
import { typedValues } from "@/lib/http/form-state";
import { uploadedBytes } from "@/lib/http/uploaded-bytes";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";

/** The viewer's own tenant: a WCO admin visiting a space still edits the account of the WCO tenant. */
const ownAccount = ({ viewer, ctx }: SignedInEntry) => ({ ...ctx, tenantId: viewer.homeTenantId });

const PAGE = { signIn: "/profile", revalidateSite: true } as const;

export const updateProfileAction = formAction({ ...PAGE, keepValues: true }, async (entry, form) => {
  const saved = await updateProfile(ownAccount(entry), entry.viewer.id, typedValues(form));
  (await cookies()).set(LOCALE_COOKIE, saved.locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
});

export const uploadPhotoAction = formAction({ ...PAGE, values: () => ({}) }, async (entry, form) =>
  saveProfilePhoto(ownAccount(entry), entry.viewer.id, await uploadedBytes(form.get("photo"))),
);

export const changePasswordAction = formAction({ ...PAGE, values: () => ({}) }, async (entry, form) => {
  const password = String(form.get("password") ?? "");
  await changePassword(ownAccount(entry), entry.viewer.id, {
    currentPassword: String(form.get("currentPassword") ?? ""),
    password,
    confirmation: String(form.get("confirmation") ?? ""),
  });
  // Every session ended with the change; this one continues with a fresh session under the new password.
  await signIn("credentials", { identifier: entry.viewer.username, password, redirect: false });
});

export const changeEmailAction = formAction(
  { ...PAGE, values: (form) => ({ email: String(form.get("email") ?? "") }) },
  async (entry, form) =>
    changeOwnEmail(ownAccount(entry), entry.viewer.id, {
      email: String(form.get("email") ?? ""),
      currentPassword: String(form.get("currentPassword") ?? ""),
    }),
);
