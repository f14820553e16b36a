"use server";

import { setUserRoles } from "@/lib/console/set-user-roles";
import { formAction } from "@/lib/http/form-action";

const roles = (form: FormData) => form.getAll("roles").map(String);

export const setRolesAction = formAction<[userId: string]>(
  {
    signIn: "/admin/users",
    can: "console.administer",
    revalidate: "/admin/users",
    values: (form) => ({ roles: roles(form).join(",") }),
  },
  ({ viewer }, form, userId) => setUserRoles(viewer, userId, roles(form)),
);
