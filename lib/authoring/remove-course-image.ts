// An author removes a course's image: the course shows none any more and its files leave the content store.
// Audited; the catalogue shows the change at once.
import { forgetCatalogue } from "@/lib/catalogue/candidate-cache";
import { recordAudit } from "@/lib/console/audit-log";
import { removeStored } from "@/lib/content-store";
import { forTenant } from "@/lib/db";
import type { Author } from "./author";
import { ownCourse } from "./own-course";

export async function removeCourseImage(author: Author, courseId: string): Promise<void> {
  const key = await forTenant(author.ctx, async (tx) => {
    const course = await ownCourse(tx, author, courseId);
    if (!course.imageKey) return null;
    await tx.course.update({
      where: { id: courseId },
      data: { imageKey: null, imageAlt: {}, imageDecorative: false },
    });
    await recordAudit(tx, author.actor, {
      tenantId: author.ctx.tenantId,
      action: "course.image.remove",
      targetType: "Course",
      targetId: courseId,
      before: { image: course.imageKey },
      after: null,
    });
    return course.imageKey;
  });
  if (key) await removeStored(key);
  await forgetCatalogue();
}
