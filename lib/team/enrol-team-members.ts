// A manager enrols the ready lines of a list into a course, as required learning with an optional due date:
// in one transaction (every ready line or none), each enrolment audited. A user already enrolled keeps their
// enrolment and progress; their due date is set (a new date sends its reminder again). The list is read again
// here: a preview is never trusted.
import { recordAudit } from "@/lib/console/audit-log";
import { Invalid } from "@/lib/errors";
import { fieldMessages } from "@/lib/field-messages";
import { enrolmentCourse, readEnrolmentLines } from "./enrolment-lines";
import { teamEnrolmentSchema } from "./schemas";
import { inTeamTransaction, teamScope, type Manager } from "./team-scope";

/** How many users were enrolled and how many, enrolled already, had their due date set. */
export async function enrolTeamMembers(
  manager: Manager,
  input: { courseId: unknown; dueDate: unknown; source: unknown },
): Promise<{ enrolled: number; updated: number }> {
  const scope = teamScope(manager);
  const parsed = teamEnrolmentSchema.safeParse(input);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  const dueAt = parsed.data.dueDate;
  return inTeamTransaction(scope, "enrol users into a course", async (tx) => {
    const course = await enrolmentCourse(tx, scope, parsed.data.courseId);
    const ready = (await readEnrolmentLines(tx, scope, course, input.source)).filter((l) => !l.error && l.user);
    if (ready.length === 0) throw new Invalid({ list: "enrolNothingReady" });
    const now = new Date();
    const counts = { enrolled: 0, updated: 0 };
    for (const { user } of ready) {
      const { id: userId, tenantId } = user!;
      const existing = await tx.enrolment.findFirst({
        where: { tenantId, userId, courseId: course.id },
        select: { id: true, dueAt: true, assignedAt: true },
      });
      // Without a date in the form, an existing due date stays.
      const newDue = dueAt !== null && existing?.dueAt?.getTime() !== dueAt.getTime();
      const enrolment = existing
        ? await tx.enrolment.update({
            where: { id: existing.id, tenantId },
            data: {
              ...(newDue ? { dueAt, dueReminderSentAt: null } : {}),
              ...(existing.assignedAt ? {} : { assignedAt: now, assignedById: scope.actor.id }),
            },
            select: { id: true },
          })
        : await tx.enrolment.create({
            data: { tenantId, userId, courseId: course.id, dueAt, assignedAt: now, assignedById: scope.actor.id },
            select: { id: true },
          });
      counts[existing ? "updated" : "enrolled"]++;
      await recordAudit(tx, scope.actor, {
        tenantId,
        action: existing ? "enrolment.due.set" : "enrolment.assign",
        targetType: "Enrolment",
        targetId: enrolment.id,
        before: existing
          ? { dueAt: existing.dueAt?.toISOString() ?? null, required: Boolean(existing.assignedAt) }
          : null,
        after: {
          userId,
          courseId: course.id,
          dueAt: (dueAt ?? existing?.dueAt)?.toISOString() ?? null,
          required: true,
        },
      });
    }
    return counts;
  });
}
