"use server";

import type { FormState } from "@/components/forms/form-state";
import { runFormAction } from "@/components/forms/run-form-action";
import { updateTeamMember } from "@/lib/team/update-team-member";
import { requireTeamManager } from "../guard";

// Returns its state to the form (no redirect: see docs/decisions/0008-course-authoring.md).
export async function updateTeamMemberAction(userId: string, _previous: FormState, form: FormData): Promise<FormState> {
  const { manager } = await requireTeamManager(`/team/${userId}`);
  const text = (key: string) => String(form.get(key) ?? "");
  return runFormAction(form, () => updateTeamMember(manager, userId, { firstName: text("firstName"), lastName: text("lastName"), position: text("position") }), { revalidate: `/team/${userId}` });
}
