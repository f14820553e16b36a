"use server";

import { getLocale } from "next-intl/server";
import { formAction } from "@/lib/http/form-action";
import { managerOn } from "@/lib/team/manager-on";
import { updateTeamMember } from "@/lib/team/update-team-member";
import { changeTeamMemberEmail } from "@/lib/team/change-team-member-email";

// Returns its state to the form (no redirect: see docs/decisions/0008-course-authoring.md).
const memberPage = (userId: string) => `/team/${userId}`;

export const updateTeamMemberAction = formAction<[userId: string]>(
  { signIn: memberPage, can: "team.manage", revalidate: (_form, userId) => memberPage(userId) },
  async ({ site, viewer }, form, userId) => {
    const text = (key: string) => String(form.get(key) ?? "");
    await updateTeamMember(managerOn(site, viewer, await getLocale()), userId, {
      firstName: text("firstName"),
      lastName: text("lastName"),
      position: text("position"),
    });
  },
);

export const changeTeamMemberEmailAction = formAction<[userId: string]>(
  { signIn: memberPage, can: "team.manage", revalidate: (_form, userId) => memberPage(userId) },
  async ({ site, viewer }, form, userId) =>
    changeTeamMemberEmail(managerOn(site, viewer, await getLocale()), userId, {
      email: String(form.get("email") ?? ""),
    }),
);
