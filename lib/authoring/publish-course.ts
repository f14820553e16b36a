// Draft and published states. A course is published only when learners would find something in it: a
// title and at least one module.
import { forgetCatalogue } from "@/lib/catalogue/candidate-cache";
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import type { Author } from "./author";
import { ownCourse } from "./own-course";

export async function setCoursePublished(author: Author, courseId: string, published: boolean): Promise<void> {
  await forTenant(author.ctx, async (tx) => {
    const course = await ownCourse(tx, author, courseId);
    if (published) {
      const [texts, modules] = await Promise.all([
        tx.courseTranslation.count({ where: { courseId } }),
        tx.courseModule.count({ where: { courseId } }),
      ]);
      if (texts === 0) throw new Invalid({ publish: "publishNeedsTitle" });
      if (modules === 0) throw new Invalid({ publish: "publishNeedsModule" });
    }
    const status = published ? "PUBLISHED" : "DRAFT";
    if (course.status === status) return;
    await tx.course.update({
      where: { id: courseId },
      data: { status, ...(published && !course.publishedAt ? { publishedAt: new Date() } : {}) },
    });
    await recordAudit(tx, author.actor, {
      tenantId: author.ctx.tenantId,
      action: published ? "course.publish" : "course.unpublish",
      targetType: "Course",
      targetId: courseId,
      before: { status: course.status },
      after: { status },
    });
  });
  await forgetCatalogue();
}
