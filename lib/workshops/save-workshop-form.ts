// The information form of a workshop course, rewritten whole by its authors; audited.
import type { Author } from "@/lib/authoring/author";
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant, type Prisma } from "@/lib/db";
import { checkFormDefinition, readForm, type FormField } from "./workshop-form";
import { workshopCourse } from "./workshop-course";

export async function saveWorkshopForm(author: Author, courseId: string, fields: FormField[]): Promise<void> {
  const form = checkFormDefinition(fields);
  await forTenant(author.ctx, async (tx) => {
    const course = await workshopCourse(tx, author, courseId);
    await tx.course.update({ where: { id: courseId }, data: { workshopForm: form as unknown as Prisma.InputJsonValue } });
    await recordAudit(tx, author.actor, {
      tenantId: author.ctx.tenantId, action: "workshop.form.update", targetType: "Course", targetId: courseId,
      before: { fields: readForm(course.workshopForm) }, after: { fields: form },
    });
  });
}
