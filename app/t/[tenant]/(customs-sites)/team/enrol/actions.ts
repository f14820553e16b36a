"use server";

import { randomUUID } from "node:crypto";
import { getLocale } from "next-intl/server";
import { Invalid } from "@/lib/errors";
import { formAction } from "@/lib/http/form-action";
import { uploadedBytes } from "@/lib/http/uploaded-bytes";
import { enrolTeamMembers } from "@/lib/team/enrol-team-members";
import { enrolmentFileText } from "@/lib/team/enrolment-list";
import { managerOn } from "@/lib/team/manager-on";
import { previewTeamEnrolment } from "@/lib/team/preview-team-enrolment";

const PAGE = "/team/enrol";

const enrolValues = (form: FormData) => ({
  courseId: String(form.get("courseId") ?? ""),
  dueDate: String(form.get("dueDate") ?? ""),
  list: String(form.get("list") ?? ""),
});

// The first step: the pasted list or the CSV file read and previewed, nothing stored; its text comes back.
export const previewEnrolmentAction = formAction(
  { signIn: PAGE, can: "team.manage", values: enrolValues },
  async ({ site, viewer }, form) => {
    const values = enrolValues(form);
    const file = await uploadedBytes(form.get("file"));
    if (file.length > 0 && values.list.trim()) throw new Invalid({ list: "enrolListOrFile" });
    const source = file.length > 0 ? enrolmentFileText(file) : values.list;
    const preview = await previewTeamEnrolment(managerOn(site, viewer, await getLocale()), {
      courseId: values.courseId,
      dueDate: values.dueDate,
      source,
    });
    return { values, errors: {}, result: { preview, token: randomUUID() } };
  },
);

// The second step: the previewed list, read again and its ready lines enrolled.
export const enrolUsersAction = formAction(
  { signIn: PAGE, can: "team.manage", revalidate: PAGE, values: () => ({}) },
  async ({ site, viewer }, form) => {
    const counts = await enrolTeamMembers(managerOn(site, viewer, await getLocale()), {
      courseId: form.get("courseId"),
      dueDate: form.get("dueDate") ?? "",
      source: form.get("source"),
    });
    return {
      values: {
        enrolled: String(counts.enrolled),
        updated: String(counts.updated),
        token: String(form.get("token") ?? ""),
      },
      errors: {},
      done: true,
    };
  },
);
