"use server";

import { revalidatePath } from "next/cache";
import { typedValues, type FormState } from "@/components/forms/form-state";
import { Invalid } from "@/lib/errors";
import { updateTeamMember } from "@/lib/team/update-team-member";
import { requireTeamManager } from "../guard";

// Returns its state to the form (no redirect: see docs/decisions/0008-course-authoring.md).
export async function updateTeamMemberAction(userId: string, _previous: FormState, form: FormData): Promise<FormState> {
  const { manager } = await requireTeamManager(`/team/${userId}`);
  const text = (key: string) => String(form.get(key) ?? "");
  try {
    await updateTeamMember(manager, userId, { firstName: text("firstName"), lastName: text("lastName"), position: text("position") });
  } catch (error) {
    if (error instanceof Invalid) return { values: typedValues(form), errors: error.fields };
    throw error;
  }
  revalidatePath(`/team/${userId}`);
  return { values: {}, errors: {}, done: true };
}
