// The "new message" page: with a course only, the tutors of its discussion the viewer may write to; with a
// recipient, who they are (only someone the viewer may write to, ADR 0047) and the viewer's conversation with
// them if there is one already.
import { forTenant } from "@/lib/db";
import { readSpace } from "@/lib/discussions/space";
import { NotFound } from "@/lib/errors";
import type { Entry } from "@/lib/http/entry";
import { findCorrespondent } from "./correspondents";
import { recipientSchema } from "./schemas";

export async function viewNewMessage(entry: Entry, query: { to?: string; course?: string }) {
  const viewer = entry.viewer;
  if (!viewer) throw new NotFound();
  if (!query.to) {
    const course = recipientSchema.shape.course.safeParse(query.course);
    if (!course.success || !course.data) throw new NotFound();
    const courseId = course.data;
    return forTenant(entry.ctx, async (tx) => {
      const space = await readSpace(tx, entry, courseId);
      const tutors = await tx.courseTutor.findMany({
        where: { tenantId: space.tenantId, courseId, userId: { not: viewer.id } },
        orderBy: { name: "asc" },
        select: { userId: true, name: true, place: true },
      });
      return { kind: "tutors" as const, course: { id: courseId, title: space.courseTitle }, tutors };
    });
  }
  const to = recipientSchema.safeParse(query);
  if (!to.success) throw new NotFound();
  const correspondent = await forTenant(entry.ctx, (tx) => findCorrespondent(tx, entry, to.data));
  return { kind: "recipient" as const, recipient: to.data, correspondent };
}
