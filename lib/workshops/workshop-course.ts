// The author's workshop course: one of the author's own courses, of type Meetings & Workshops; else NotFound.
import type { Author } from "@/lib/authoring/author";
import { ownCourse } from "@/lib/authoring/own-course";
import type { TenantTx } from "@/lib/db";
import { NotFound } from "@/lib/errors";

export async function workshopCourse(tx: TenantTx, author: Author, courseId: string) {
  const course = await ownCourse(tx, author, courseId);
  if (course.type !== "WORKSHOP") throw new NotFound();
  return course;
}
