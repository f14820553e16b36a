"use server";

import { revalidatePath } from "next/cache";
import { setAdministrationApprover } from "@/lib/accounts/set-administration-approver";
import { requireWcoAdmin } from "@/lib/auth/request-context";
import { Invalid } from "@/lib/errors";
import { typedValues, type FormState } from "@/components/forms/form-state";

export async function setApproverAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { viewer } = await requireWcoAdmin("/admin/approvers");
  const values = typedValues(formData);
  try {
    await setAdministrationApprover(viewer, values.administration ?? "", values.username?.trim() || null);
  } catch (error) {
    if (error instanceof Invalid) return { values, errors: error.fields };
    throw error;
  }
  revalidatePath("/admin/approvers");
  return { values: {}, errors: {}, done: true };
}
