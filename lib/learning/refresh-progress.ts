// An enrolment's progress, brought up to date after a module is completed (by any player): completed required
// modules over required modules. The first time every required module is done in the certification cycle, the
// completion is recorded with the course's grade and the certificate issued.
import type { TenantTx } from "@/lib/db";
import { issueCertificate } from "@/lib/certificates/issue-certificate";
import { moduleGrade, scormResults } from "@/lib/records/scorm-results";

/** Progress over required modules; the first time every required module is done (in this certification cycle),
 * the completion is recorded and the course's certificate issued. */
export async function refreshProgress(
  tx: TenantTx,
  enrolmentId: string,
  learnerId: string,
  courseId: string,
): Promise<{ progressPercent: number; completedNow: boolean }> {
  const required = await tx.courseModule.findMany({ where: { courseId, required: true }, select: { id: true } });
  const done = await tx.moduleCompletion.count({
    where: { userId: learnerId, moduleId: { in: required.map((m) => m.id) } },
  });
  const progressPercent = required.length ? Math.floor((done * 100) / required.length) : 0;
  const complete = required.length > 0 && done === required.length;
  const enrolment = await tx.enrolment.findUniqueOrThrow({
    where: { id: enrolmentId },
    select: { tenantId: true, completedAt: true, cycle: true, cycleStartedAt: true },
  });
  const completedNow = complete && enrolment.completedAt === null;
  if (!completedNow) {
    await tx.enrolment.update({ where: { id: enrolmentId }, data: { progressPercent } });
    return { progressPercent, completedNow };
  }
  const completion = {
    completedAt: new Date(),
    grade: await courseGrade(tx, learnerId, courseId, enrolment.cycleStartedAt),
  };
  await tx.enrolment.update({
    where: { id: enrolmentId },
    data: { progressPercent, status: "COMPLETED", ...completion },
  });
  await issueCertificate(tx, {
    tenantId: enrolment.tenantId,
    userId: learnerId,
    courseId,
    cycle: enrolment.cycle,
    ...completion,
  });
  return { progressPercent, completedNow };
}

/**
 * The mean of the learner's best score in each quiz of the course they submitted and of the score of each scored
 * SCORM module in this cycle, or null for a course with neither. A quiz never taken has no grade (only an optional
 * one can be, in a completed course), so it does not lower the mean.
 */
async function courseGrade(
  tx: TenantTx,
  learnerId: string,
  courseId: string,
  cycleStartedAt: Date | null,
): Promise<number | null> {
  // The course's modules, not its quiz settings: a quiz that kept its default settings has no settings row.
  const graded = await tx.courseModule.findMany({
    where: { courseId, kind: { in: ["QUIZ", "SCORM"] } },
    select: { id: true, kind: true },
  });
  const quizzes = graded.filter((m) => m.kind === "QUIZ").map((m) => ({ moduleId: m.id }));
  const best = quizzes.length
    ? await tx.quizAttempt.groupBy({
        by: ["moduleId"],
        where: {
          userId: learnerId,
          moduleId: { in: quizzes.map((q) => q.moduleId) },
          submittedAt: { not: null },
          ...(cycleStartedAt ? { startedAt: { gte: cycleStartedAt } } : {}),
        },
        _max: { scorePercent: true },
      })
    : [];
  const results = await scormResults(
    tx,
    learnerId,
    graded.filter((m) => m.kind === "SCORM").map((m) => m.id),
    cycleStartedAt,
  );
  const scores = [
    ...best.map((b) => b._max.scorePercent).filter((g): g is number => g !== null),
    ...[...results.values()].map(moduleGrade).filter((g): g is number => g !== null),
  ];
  if (scores.length === 0) return null;
  return Math.round((scores.reduce((sum, score) => sum + score, 0) / scores.length) * 10) / 10;
}
