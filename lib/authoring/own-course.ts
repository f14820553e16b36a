// The course an author may change: their tenant's own, never a core course seen from an administration's space.
import type { TenantTx } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { UUID } from "@/lib/ids";
import type { Author } from "./author";

/** The author's own course, or NotFound. */
export async function ownCourse(tx: TenantTx, author: Author, courseId: string) {
  const course = UUID.test(courseId)
    ? await tx.course.findFirst({ where: { id: courseId, tenantId: author.ctx.tenantId } })
    : null;
  if (!course) throw new NotFound();
  return course;
}
