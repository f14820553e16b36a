"use server";

import { revalidatePath } from "next/cache";
import { typedValues, type FormState } from "@/components/forms/form-state";
import { requireSignedIn } from "@/lib/auth/request-context";
import { Invalid } from "@/lib/errors";
import { candidateOf } from "@/lib/workshops/candidate";
import { submitWorkshopInformation } from "@/lib/workshops/submit-workshop-information";

export async function submitInformationAction(applicationId: string, _previous: FormState, form: FormData): Promise<FormState> {
  const path = `/workshops/applications/${applicationId}`;
  const { viewer } = await requireSignedIn(path);
  const values = typedValues(form);
  try {
    await submitWorkshopInformation(candidateOf(viewer), applicationId, values);
  } catch (error) {
    // What was typed comes back with the errors, field by field.
    if (error instanceof Invalid) return { values, errors: error.fields };
    throw error;
  }
  revalidatePath(path);
  return { values, errors: {}, done: true };
}
