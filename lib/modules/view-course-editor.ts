// The course editing page's view: the course with its texts, the outline with its SCORM versions and each
// module's content, read in one transaction (the learners on each package version are counted after it, a
// platform read). In lib/modules because module contents build on the authoring area, not the other way.
import { readAuthoredCourse } from "@/lib/authoring/list-authored-courses";
import { readOutline, withVersions } from "@/lib/authoring/get-outline";
import type { Author } from "@/lib/authoring/author";
import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { UUID } from "@/lib/ids";
import { readModuleContents } from "./read-module-contents";

export async function viewCourseEditor(author: Author, courseId: string) {
  if (!UUID.test(courseId)) throw new NotFound();
  const { course, outline, contents } = await forTenant(author.ctx, async (tx) => ({
    course: await readAuthoredCourse(tx, author, courseId),
    outline: await readOutline(tx, courseId),
    contents: await readModuleContents(tx, courseId),
  }));
  return { course, outline: await withVersions(outline), contents };
}
