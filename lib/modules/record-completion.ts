// A module of a video, resource or page is complete for a learner: recorded once, and the course's progress
// brought up to date in the same transaction (lib/learning/refresh-progress.ts: the course's rules).
import type { TenantContext, TenantTx } from "@/lib/db";
import { refreshProgress } from "@/lib/learning/refresh-progress";

export async function recordCompletion(
  tx: TenantTx,
  ctx: TenantContext,
  learnerId: string,
  target: { id: string; courseId: string; enrolment: { id: string } },
): Promise<void> {
  const { count } = await tx.moduleCompletion.createMany({
    data: [{ tenantId: ctx.tenantId, userId: learnerId, moduleId: target.id }],
    skipDuplicates: true,
  });
  if (count) await refreshProgress(tx, target.enrolment.id, learnerId, target.courseId);
}
