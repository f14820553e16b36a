import { forTenant, type TenantContext } from "@/lib/db";

/** Remembers when the learner last opened the course, for "latest visited" on the dashboard. */
export async function recordVisit(ctx: TenantContext, learnerId: string, courseId: string): Promise<void> {
  await forTenant(ctx, (tx) => tx.enrolment.updateMany({ where: { userId: learnerId, courseId }, data: { lastVisitedAt: new Date() } }));
}
