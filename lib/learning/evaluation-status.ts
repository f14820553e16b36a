// The course evaluation's page: its title, and when the learner sent it (once per evaluation module).
import type { VisibilityScope } from "@/lib/auth/visibility-scope";
import { forTenant } from "@/lib/db";
import { localized } from "@/lib/i18n/localized";
import { enrolledEvaluation } from "./enrolled-evaluation";

export async function evaluationStatus(scope: VisibilityScope, learnerId: string, moduleId: string, locale: string) {
  return forTenant(scope.ctx, async (tx) => {
    const { evaluation } = await enrolledEvaluation(tx, learnerId, moduleId);
    const sent = await tx.evaluationResponse.findFirst({
      where: { userId: learnerId, moduleId },
      select: { submittedAt: true },
    });
    return {
      title: localized(evaluation.title as Record<string, string>, locale),
      courseId: evaluation.courseId,
      sentAt: sent?.submittedAt ?? null,
    };
  });
}
