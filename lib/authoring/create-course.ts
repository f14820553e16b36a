// Creating a course: its settings and its first text, audited in its transaction.
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import type { Author } from "./author";
import { checkTopics } from "./check-topics";
import { courseSettingsSchema, courseTextSchema } from "./course-input";
import { parse } from "./parse-input";

export async function createCourse(author: Author, settingsInput: unknown, textInput: unknown): Promise<string> {
  const settings = parse(courseSettingsSchema, settingsInput);
  const text = parse(courseTextSchema, textInput);
  await checkTopics(settings);
  return forTenant(author.ctx, async (tx) => {
    if (
      await tx.course.findFirst({ where: { tenantId: author.ctx.tenantId, code: settings.code }, select: { id: true } })
    )
      throw new Invalid({ code: "courseCodeTaken" });
    const course = await tx.course.create({
      data: { ...settings, tenantId: author.ctx.tenantId, isCore: author.core, status: "DRAFT" },
    });
    await tx.courseTranslation.create({
      data: { ...text, tenantId: author.ctx.tenantId, courseId: course.id, audience: course.audience },
    });
    await recordAudit(tx, author.actor, {
      tenantId: author.ctx.tenantId,
      action: "course.create",
      targetType: "Course",
      targetId: course.id,
      after: { ...settings, text },
    });
    return course.id;
  });
}
