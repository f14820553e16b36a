// The evaluation module a learner may answer: an EVALUATION module of a course they are enrolled in.
import type { TenantTx } from "@/lib/db";
import { NotFound } from "@/lib/errors";

export async function enrolledEvaluation(tx: TenantTx, learnerId: string, moduleId: string) {
  const evaluation = /^[0-9a-f-]{36}$/.test(moduleId)
    ? await tx.courseModule.findFirst({
        where: { id: moduleId, kind: "EVALUATION" },
        select: { id: true, courseId: true, title: true },
      })
    : null;
  const enrolment = evaluation
    ? await tx.enrolment.findFirst({
        where: { userId: learnerId, courseId: evaluation.courseId },
        select: { id: true },
      })
    : null;
  if (!evaluation || !enrolment) throw new NotFound();
  return { evaluation, enrolment };
}
