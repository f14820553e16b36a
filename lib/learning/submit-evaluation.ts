// The course evaluation: a short feedback form (three ratings from 1 to 5 and a comment), sent once per
// evaluation module; sending it completes the module, so a course that requires it completes only then.
import { fieldMessages } from "@/lib/field-messages";
import type { VisibilityScope } from "@/lib/auth/visibility-scope";
import { forTenant } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { refreshProgress } from "./refresh-progress";
import { enrolledEvaluation } from "./enrolled-evaluation";
import { evaluationSchema } from "./schemas";

export async function submitEvaluation(scope: VisibilityScope, learnerId: string, moduleId: string, input: unknown) {
  const parsed = evaluationSchema.safeParse(input);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  return forTenant(scope.ctx, async (tx) => {
    const { evaluation, enrolment } = await enrolledEvaluation(tx, learnerId, moduleId);
    const created = await tx.evaluationResponse.createMany({
      data: [{ tenantId: scope.ctx.tenantId, userId: learnerId, moduleId, answers: parsed.data }],
      skipDuplicates: true,
    });
    if (created.count === 0) throw new Invalid({ form: "evaluationAlreadySent" });
    await tx.moduleCompletion.createMany({
      data: [{ tenantId: scope.ctx.tenantId, userId: learnerId, moduleId }],
      skipDuplicates: true,
    });
    return refreshProgress(tx, enrolment.id, learnerId, evaluation.courseId);
  });
}
