// Starts a course the Academy learner may reach (bought or assigned): the enrolment that the learning pages
// follow. A course outside the learner's access is 404 (the context limits courses, lib/db/tenant-scope.ts).
import { forTenant, type TenantContext } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { UUID } from "@/lib/ids";

export async function startStoreCourse(ctx: TenantContext, learnerId: string, courseId: string): Promise<void> {
  if (!ctx.storeLearnerId || ctx.storeLearnerId !== learnerId || !UUID.test(courseId)) throw new NotFound();
  await forTenant(ctx, async (tx) => {
    const course = await tx.course.findFirst({ where: { id: courseId, status: "PUBLISHED" }, select: { id: true } });
    if (!course) throw new NotFound();
    await tx.enrolment.createMany({
      data: [{ tenantId: ctx.tenantId, userId: learnerId, courseId }],
      skipDuplicates: true,
    });
  });
}
