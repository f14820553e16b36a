// The Sessions page of a workshop course, for its authors: the sessions and the information form.
import type { Author } from "@/lib/authoring/author";
import { forTenant } from "@/lib/db";
import { readForm } from "./workshop-form";
import { workshopCourse } from "./workshop-course";

export async function sessionsForAuthor(author: Author, courseId: string) {
  return forTenant(author.ctx, async (tx) => {
    const course = await workshopCourse(tx, author, courseId);
    const [sessions, titles] = await Promise.all([
      tx.workshopSession.findMany({ where: { courseId, tenantId: author.ctx.tenantId }, orderBy: { startsAt: "asc" } }),
      tx.courseTranslation.findMany({ where: { courseId }, select: { locale: true, title: true } }),
    ]);
    return {
      course: {
        id: course.id,
        code: course.code,
        titles: Object.fromEntries(titles.map((t) => [t.locale, t.title])) as Record<string, string>,
      },
      form: readForm(course.workshopForm),
      sessions,
    };
  });
}
