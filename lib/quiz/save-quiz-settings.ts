// A quiz's settings (draw, shuffle, time limit, attempts, pass mark, review), audited.
import type { Author } from "@/lib/authoring/author";
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { fieldMessages } from "@/lib/field-messages";
import { quizModule } from "./quiz-module";
import { settingsSchema } from "./schemas";

export async function saveQuizSettings(author: Author, courseId: string, moduleId: string, input: unknown) {
  const parsed = settingsSchema.safeParse(input);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  await forTenant(author.ctx, async (tx) => {
    await quizModule(tx, author, courseId, moduleId);
    const before = await tx.quizSettings.findUnique({ where: { moduleId } });
    // Owner, isCore and audience are copied from the course by a trigger whatever is written here.
    await tx.quizSettings.upsert({
      where: { moduleId },
      create: { ...parsed.data, moduleId, courseId, tenantId: author.ctx.tenantId, audience: "CUSTOMS_ONLY" },
      update: parsed.data,
    });
    await recordAudit(tx, author.actor, {
      tenantId: author.ctx.tenantId,
      action: "quiz.settings",
      targetType: "CourseModule",
      targetId: moduleId,
      before: before ? { ...before } : null,
      after: parsed.data,
    });
  });
}
