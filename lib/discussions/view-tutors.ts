// The page where a course's authors and National Coordinators name the tutors of its discussion.
import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import type { Entry } from "@/lib/http/entry";
import { readSpace } from "./space";

export async function viewTutors(entry: Entry, courseId: string) {
  return forTenant(entry.ctx, async (tx) => {
    const space = await readSpace(tx, entry, courseId);
    if (!space.namesTutors) throw new NotFound();
    const tutors = await tx.courseTutor.findMany({
      where: { tenantId: space.tenantId, courseId },
      orderBy: { name: "asc" },
      select: { id: true, name: true, place: true, userTenantId: true },
    });
    return {
      course: { id: courseId, title: space.courseTitle },
      tutors: tutors.map((t) => ({
        id: t.id,
        name: t.name,
        place: t.place,
        mayRemove: space.author || t.userTenantId === space.viewer.homeTenantId,
      })),
    };
  });
}
