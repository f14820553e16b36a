// A course's texts in one language (title, summary, description, objectives), audited; the catalogue cache
// is dropped so a published course shows the change at once.
import { forgetCatalogue } from "@/lib/catalogue/candidate-cache";
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant } from "@/lib/db";
import type { Author } from "./author";
import { courseTextSchema } from "./course-input";
import { ownCourse } from "./own-course";
import { parse } from "./parse-input";

export async function saveCourseText(author: Author, courseId: string, textInput: unknown): Promise<void> {
  const text = parse(courseTextSchema, textInput);
  await forTenant(author.ctx, async (tx) => {
    const course = await ownCourse(tx, author, courseId);
    const where = { tenantId_courseId_locale: { tenantId: author.ctx.tenantId, courseId, locale: text.locale } };
    const before = await tx.courseTranslation.findUnique({
      where,
      select: { locale: true, title: true, summary: true, description: true, objectives: true },
    });
    await tx.courseTranslation.upsert({
      where,
      update: text,
      create: { ...text, tenantId: author.ctx.tenantId, courseId, audience: course.audience },
    });
    await recordAudit(tx, author.actor, {
      tenantId: author.ctx.tenantId,
      action: "course.text.save",
      targetType: "Course",
      targetId: courseId,
      before,
      after: text,
    });
  });
  await forgetCatalogue();
}
