// The information form of a workshop course, rewritten whole by its authors; audited.
import { Invalid } from "@/lib/errors";
import type { Author } from "@/lib/authoring/author";
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant, type Prisma } from "@/lib/db";
import { checkFormDefinition, readForm, type FormField } from "./workshop-form";
import { workshopCourse } from "./workshop-course";

/** `rowOf` maps a field's position in `fields` to the row of the editor it was typed in, for the errors. */
export async function saveWorkshopForm(
  author: Author,
  courseId: string,
  fields: FormField[],
  rowOf: (index: number) => number = (index) => index,
): Promise<void> {
  const form = definitionOnRows(fields, rowOf);
  await forTenant(author.ctx, async (tx) => {
    const course = await workshopCourse(tx, author, courseId);
    await tx.course.update({
      where: { id: courseId },
      data: { workshopForm: form as unknown as Prisma.InputJsonValue },
    });
    await recordAudit(tx, author.actor, {
      tenantId: author.ctx.tenantId,
      action: "workshop.form.update",
      targetType: "Course",
      targetId: courseId,
      before: { fields: readForm(course.workshopForm) },
      after: { fields: form },
    });
  });
}

function definitionOnRows(fields: FormField[], rowOf: (index: number) => number) {
  try {
    return checkFormDefinition(fields);
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    throw new Invalid(
      Object.fromEntries(
        Object.entries(error.fields).map(([key, message]) => [
          key.replace(/^field\.(\d+)\./, (_, i) => `field.${rowOf(Number(i))}.`),
          message,
        ]),
      ),
    );
  }
}
