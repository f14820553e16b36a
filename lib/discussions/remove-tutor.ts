// An author removes any tutor of the course's discussion; a National Coordinator those of their administration.
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import type { Entry } from "@/lib/http/entry";
import { UUID } from "@/lib/ids";
import { readSpace } from "./space";

export async function removeTutor(entry: Entry, courseId: string, tutorId: string): Promise<void> {
  if (!UUID.test(tutorId)) throw new NotFound();
  await forTenant(entry.ctx, async (tx) => {
    const space = await readSpace(tx, entry, courseId);
    if (!space.namesTutors) throw new NotFound();
    const tutor = await tx.courseTutor.findFirst({ where: { id: tutorId, tenantId: space.tenantId, courseId } });
    if (!tutor || (!space.author && tutor.userTenantId !== space.viewer.homeTenantId)) throw new NotFound();
    await tx.courseTutor.delete({ where: { id: tutor.id } });
    await recordAudit(tx, space.viewer, {
      tenantId: entry.ctx.tenantId,
      action: "discussion.removeTutor",
      targetType: "CourseTutor",
      targetId: `${courseId}:${tutor.userId}`,
    });
  });
}
