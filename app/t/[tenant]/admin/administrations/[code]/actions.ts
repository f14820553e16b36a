"use server";

import { revalidatePath } from "next/cache";
import { typedValues, type FormState } from "@/components/forms/form-state";
import { requireWcoAdmin } from "@/lib/auth/request-context";
import { setTenantAdmin } from "@/lib/console/tenant-admins";
import { configureTenantSpace, setTenantLogo } from "@/lib/console/tenant-space";
import { Invalid } from "@/lib/errors";

async function run(code: string, formData: FormData, work: () => Promise<void>): Promise<FormState> {
  const values = typedValues(formData);
  try {
    await work();
  } catch (error) {
    if (error instanceof Invalid) return { values, errors: error.fields };
    throw error;
  }
  revalidatePath(`/admin/administrations/${code}`);
  return { values: {}, errors: {}, done: true };
}

export async function saveSpaceAction(code: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const { viewer } = await requireWcoAdmin(`/admin/administrations/${code}`);
  const text = (key: string) => String(formData.get(key) ?? "");
  return run(code, formData, () =>
    configureTenantSpace(viewer, code, {
      enabled: formData.get("enabled") === "on",
      slug: text("slug"),
      displayName: text("displayName"),
      primaryColor: text("primaryColor"),
      accentColor: text("accentColor"),
      defaultLocale: text("defaultLocale") as "en",
    }),
  );
}

export async function uploadLogoAction(code: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const { viewer } = await requireWcoAdmin(`/admin/administrations/${code}`);
  const file = formData.get("logo");
  const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
  return run(code, formData, () => setTenantLogo(viewer, code, bytes));
}

export async function setTenantAdminAction(code: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const { viewer } = await requireWcoAdmin(`/admin/administrations/${code}`);
  return run(code, formData, () => setTenantAdmin(viewer, code, String(formData.get("username") ?? ""), formData.get("grant") === "1"));
}
