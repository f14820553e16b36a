// Changing a course's settings, audited; the catalogue cache is dropped so a published course shows it at once.
import { forgetCatalogue } from "@/lib/catalogue/candidate-cache";
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import type { Author } from "./author";
import { checkTopics } from "./check-topics";
import { courseSettingsSchema } from "./course-input";
import { ownCourse } from "./own-course";
import { parse } from "./parse-input";

export async function updateCourseSettings(author: Author, courseId: string, settingsInput: unknown): Promise<void> {
  const settings = parse(courseSettingsSchema, settingsInput);
  await checkTopics(settings);
  await forTenant(author.ctx, async (tx) => {
    const before = await ownCourse(tx, author, courseId);
    if (
      settings.code !== before.code &&
      (await tx.course.findFirst({
        where: { tenantId: author.ctx.tenantId, code: settings.code },
        select: { id: true },
      }))
    ) {
      throw new Invalid({ code: "courseCodeTaken" });
    }
    await tx.course.update({ where: { id: courseId }, data: settings });
    const previous = Object.fromEntries(Object.keys(settings).map((key) => [key, before[key as keyof typeof before]]));
    await recordAudit(tx, author.actor, {
      tenantId: author.ctx.tenantId,
      action: "course.update",
      targetType: "Course",
      targetId: courseId,
      before: previous,
      after: settings,
    });
  });
  await forgetCatalogue();
}
