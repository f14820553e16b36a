// A learner's earlier completions of their courses ("Previous completions" on the record of learning). A
// recertification starts a new cycle of the enrolment and clears its completion (recertify.ts); what stays of
// each earlier cycle is its certificate, issued at the completion with its date and grade copied
// (issue-certificate.ts). Only a course with a certificate can be recertified, so the certificates of the
// cycles before the enrolment's current one are the whole history, revoked ones included: the completion
// happened even when its certificate was withdrawn later.
import type { TenantTx } from "@/lib/db";

export interface PreviousCompletion {
  /** 1 for the first completion, 2 after the first recertification, and so on. */
  cycle: number;
  completedAt: Date;
  grade: number | null;
}

/** The earlier completions of each course (course id → newest first), for the learner's enrolments given. */
export async function readPreviousCompletions(
  tx: TenantTx,
  learnerId: string,
  enrolments: Array<{ courseId: string; cycle: number }>,
): Promise<Map<string, PreviousCompletion[]>> {
  const current = new Map(enrolments.filter((e) => e.cycle > 1).map((e) => [e.courseId, e.cycle]));
  const history = new Map<string, PreviousCompletion[]>();
  if (current.size === 0) return history;
  const certificates = await tx.certificate.findMany({
    where: { userId: learnerId, courseId: { in: [...current.keys()] } },
    select: { courseId: true, cycle: true, issuedAt: true, grade: true },
    orderBy: [{ cycle: "desc" }],
  });
  for (const c of certificates) {
    if (c.cycle >= (current.get(c.courseId) ?? 0)) continue;
    history.set(c.courseId, [
      ...(history.get(c.courseId) ?? []),
      { cycle: c.cycle, completedAt: c.issuedAt, grade: c.grade },
    ]);
  }
  return history;
}
