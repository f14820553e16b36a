// The author's side of a SCORM module's attempts: how many a learner may make at each SCO, which one grades it,
// and whether a completed one may be followed by another. Audited.
import type { Author } from "@/lib/authoring/author";
import { ownCourse } from "@/lib/authoring/own-course";
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant, type TenantTx } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { fieldMessages } from "@/lib/field-messages";
import { UUID } from "@/lib/ids";
import { scormSettingsOf } from "@/lib/records/scorm-settings";
import { scormSettingsSchema } from "./course-input";

async function scormModule(tx: TenantTx, author: Author, courseId: string, moduleId: string) {
  await ownCourse(tx, author, courseId);
  const found = UUID.test(moduleId)
    ? await tx.courseModule.findFirst({ where: { id: moduleId, courseId }, select: { kind: true, title: true } })
    : null;
  if (!found || found.kind !== "SCORM") throw new NotFound();
  return found;
}

/** The module's title and settings (the defaults until saved), for its author only. */
export async function scormSettingsForAuthor(author: Author, courseId: string, moduleId: string) {
  return forTenant(author.ctx, async (tx) => {
    const found = await scormModule(tx, author, courseId, moduleId);
    const [settings] = (await scormSettingsOf(tx, [moduleId])).values();
    return { title: found.title as Record<string, string>, settings };
  });
}

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
