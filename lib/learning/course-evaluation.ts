// The course evaluation: a short feedback form (three ratings from 1 to 5 and a comment), sent once per
// evaluation module; sending it completes the module, so a course that requires it completes only then.
import { z } from "zod";
import { fieldMessages } from "@/lib/field-messages";
import type { VisibilityScope } from "@/lib/auth/visibility-scope";
import { localized } from "@/lib/i18n/localized";
import { forTenant, type TenantTx } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { refreshProgress } from "./complete-module";

const rating = z.coerce
  .number("ratingRequired")
  .int("ratingRequired")
  .min(1, "ratingRequired")
  .max(5, "ratingRequired");
const evaluationSchema = z.object({
  content: rating,
  usefulness: rating,
  recommend: rating,
  comments: z.string().trim().max(4_000, "tooLong"),
});

async function enrolledEvaluation(tx: TenantTx, learnerId: string, moduleId: string) {
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
