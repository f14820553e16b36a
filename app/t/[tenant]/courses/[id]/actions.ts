"use server";

import { redirect } from "next/navigation";
import { requireSignedIn } from "@/lib/auth/request-context";
import { visibilityScope } from "@/lib/catalogue/list-visible-courses";
import { enrolInCourse } from "@/lib/learning/enrol-in-course";

export async function enrolAction(formData: FormData): Promise<void> {
  const courseId = String(formData.get("courseId") ?? "");
  const context = await requireSignedIn(`/courses/${encodeURIComponent(courseId)}`);
  await enrolInCourse(visibilityScope(context), { id: context.viewer.id, homeTenantId: context.viewer.homeTenantId }, courseId);
  redirect(`/courses/${encodeURIComponent(courseId)}?tab=course`);
}
