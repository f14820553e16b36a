"use server";

import { setTenantAdmin } from "@/lib/console/tenant-admins";
import { configureTenantSpace } from "@/lib/console/configure-tenant-space";
import { setTenantLogo } from "@/lib/console/set-tenant-logo";
import { formAction } from "@/lib/http/form-action";
import { uploadedBytes } from "@/lib/http/uploaded-bytes";

const administrationPage = (code: string) => `/admin/administrations/${code}`;
const PAGE = {
  signIn: administrationPage,
  can: "console.administer",
  revalidate: (_form: FormData, code: string) => administrationPage(code),
} as const;

export const saveSpaceAction = formAction<[code: string]>(PAGE, ({ viewer }, form, code) => {
  const text = (key: string) => String(form.get(key) ?? "");
  return configureTenantSpace(viewer, code, {
    enabled: form.get("enabled") === "on",
    slug: text("slug"),
    displayName: text("displayName"),
    primaryColor: text("primaryColor"),
    accentColor: text("accentColor"),
    defaultLocale: text("defaultLocale") as "en",
  });
});

export const uploadLogoAction = formAction<[code: string]>(PAGE, async ({ viewer }, form, code) =>
  setTenantLogo(viewer, code, await uploadedBytes(form.get("logo"))),
);

export const setTenantAdminAction = formAction<[code: string]>(PAGE, ({ viewer }, form, code) =>
  setTenantAdmin(viewer, code, String(form.get("username") ?? ""), form.get("grant") === "1"),
);
