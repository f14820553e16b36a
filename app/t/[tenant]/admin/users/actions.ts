"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/components/forms/form-state";
import { requireWcoAdmin } from "@/lib/auth/request-context";
import { setUserRoles } from "@/lib/console/set-user-roles";
import { Invalid } from "@/lib/errors";

export async function setRolesAction(userId: string, _previous: FormState, form: FormData): Promise<FormState> {
  const { viewer } = await requireWcoAdmin("/admin/users");
  try {
    await setUserRoles(viewer, userId, form.getAll("roles").map(String));
  } catch (error) {
    if (error instanceof Invalid) return { values: { roles: form.getAll("roles").map(String).join(",") }, errors: error.fields };
    throw error;
  }
  revalidatePath("/admin/users");
  return { values: {}, errors: {}, done: true };
}
