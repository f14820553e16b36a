// The author's side of a SCORM module's attempts: how many a learner may make at each SCO, which one grades it,
// and whether a completed one may be followed by another. Audited.
import type { Author } from "@/lib/authoring/author";
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { fieldMessages } from "@/lib/field-messages";
import { scormSettingsSchema } from "./course-input";
import { scormModule } from "./scorm-module";

export async function saveScormSettings(author: Author, courseId: string, moduleId: string, input: unknown) {
  const parsed = scormSettingsSchema.safeParse(input);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  await forTenant(author.ctx, async (tx) => {
    await scormModule(tx, author, courseId, moduleId);
    const before = await tx.scormSettings.findUnique({ where: { moduleId } });
    // Owner, isCore and audience are copied from the course by a trigger whatever is written here.
    await tx.scormSettings.upsert({
      where: { moduleId },
      create: { ...parsed.data, moduleId, courseId, tenantId: author.ctx.tenantId, audience: "CUSTOMS_ONLY" },
      update: parsed.data,
    });
    await recordAudit(tx, author.actor, {
      tenantId: author.ctx.tenantId,
      action: "scorm.settings",
      targetType: "CourseModule",
      targetId: moduleId,
      before: before ? { ...before } : null,
      after: parsed.data,
    });
  });
}
