// A course's author or a National Coordinator names a tutor of the course's discussion: an account of their
// own administration (tenant), found by username. Audited.
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { fieldMessages } from "@/lib/field-messages";
import type { Entry } from "@/lib/http/entry";
import { tutorSchema } from "./schemas";
import { readSpace, spaceRow } from "./space";

export async function nameTutor(entry: Entry, courseId: string, input: unknown): Promise<void> {
  const parsed = tutorSchema.safeParse(input);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  await forTenant(entry.ctx, async (tx) => {
    const space = await readSpace(tx, entry, courseId);
    if (!space.namesTutors) throw new NotFound();
    const user = await tx.user.findFirst({
      where: { username: parsed.data.username, status: "ACTIVE" },
      select: { id: true, firstName: true, lastName: true, tenantId: true },
    });
    if (!user) throw new Invalid({ username: "discussionUnknownUser" });
    const key = { tenantId: space.tenantId, courseId, userId: user.id };
    if (await tx.courseTutor.count({ where: key })) throw new Invalid({ username: "discussionAlreadyTutor" });
    await tx.courseTutor.create({
      data: {
        ...spaceRow(space),
        userId: user.id,
        userTenantId: user.tenantId,
        name: `${user.firstName} ${user.lastName}`,
        place: space.place,
        namedById: space.viewer.id,
      },
    });
    await recordAudit(tx, space.viewer, {
      tenantId: entry.ctx.tenantId,
      action: "discussion.nameTutor",
      targetType: "CourseTutor",
      targetId: `${courseId}:${user.id}`,
    });
  });
}
