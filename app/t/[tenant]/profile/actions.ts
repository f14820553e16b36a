"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { saveProfilePhoto } from "@/lib/accounts/profile-photo";
import { changePassword } from "@/lib/accounts/set-password";
import { updateProfile } from "@/lib/accounts/update-profile";
import { signIn } from "@/lib/auth/next-auth";
import { requireSignedIn } from "@/lib/auth/request-context";
import { Invalid } from "@/lib/errors";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { typedValues, type FormState } from "@/components/forms/form-state";

/** The viewer's own tenant: a WCO admin visiting a space still edits the account of the WCO tenant. */
async function ownAccount() {
  const { viewer, ctx } = await requireSignedIn("/profile");
  return { viewer, ctx: { ...ctx, tenantId: viewer.homeTenantId } };
}

async function answer(values: Record<string, string>, work: () => Promise<unknown>): Promise<FormState> {
  try {
    await work();
    revalidatePath("/", "layout");
    return { values, errors: {}, done: true };
  } catch (error) {
    if (error instanceof Invalid) return { values, errors: error.fields };
    throw error;
  }
}

export async function updateProfileAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { viewer, ctx } = await ownAccount();
  const values = typedValues(formData);
  return answer(values, async () => {
    const saved = await updateProfile(ctx, viewer.id, values);
    (await cookies()).set(LOCALE_COOKIE, saved.locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  });
}

export async function uploadPhotoAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { viewer, ctx } = await ownAccount();
  const file = formData.get("photo");
  const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
  return answer({}, () => saveProfilePhoto(ctx, viewer.id, bytes));
}

export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { viewer, ctx } = await ownAccount();
  const password = String(formData.get("password") ?? "");
  const state = await answer({}, () =>
    changePassword(ctx, viewer.id, { currentPassword: String(formData.get("currentPassword") ?? ""), password, confirmation: String(formData.get("confirmation") ?? "") }),
  );
  // Every session ended with the change; this one continues with a fresh session under the new password.
  if (state.done) await signIn("credentials", { identifier: viewer.username, password, redirect: false });
  return state;
}
