// What a learner's SCORM attempts recorded, per module and SCO: status, score and time, read by the course page,
// module completion and the certificate's grade (so it sits below all three). The latest attempt of each SCO in
// the current certification cycle counts.
import type { TenantTx } from "@/lib/db";

export interface ScoResult {
  title: string;
  completionStatus: string | null;
  successStatus: string | null;
  /** The score as a percentage: score.scaled × 100, or the raw score (0–100) when no scaled score is known. */
  scorePercent: number | null;
  totalSeconds: number;
}

export const scorePercent = (scaled: number | null, raw: number | null): number | null =>
  scaled !== null ? Math.round(scaled * 1000) / 10 : raw !== null ? Math.min(100, Math.max(0, raw)) : null;

export async function scormResults(
  tx: TenantTx,
  learnerId: string,
  moduleIds: string[],
  cycleStartedAt: Date | null,
): Promise<Map<string, ScoResult[]>> {
  if (moduleIds.length === 0) return new Map();
  const attempts = await tx.scormAttempt.findMany({
    where: {
      userId: learnerId,
      sco: { package: { moduleId: { in: moduleIds } } },
      ...(cycleStartedAt ? { createdAt: { gte: cycleStartedAt } } : {}),
    },
    orderBy: [{ number: "desc" }, { updatedAt: "desc" }],
    select: {
      scoId: true,
      completionStatus: true,
      successStatus: true,
      scoreScaled: true,
      scoreRaw: true,
      totalSeconds: true,
      commitSeq: true,
      sco: { select: { title: true, position: true, package: { select: { moduleId: true } } } },
    },
  });
  const seen = new Set<string>();
  const results = new Map<string, Array<ScoResult & { position: number }>>();
  for (const a of attempts) {
    if (seen.has(a.scoId) || a.commitSeq === 0) continue;
    seen.add(a.scoId);
    const list = results.get(a.sco.package.moduleId) ?? [];
    list.push({
      title: a.sco.title,
      position: a.sco.position,
      completionStatus: a.completionStatus,
      successStatus: a.successStatus,
      scorePercent: scorePercent(a.scoreScaled, a.scoreRaw),
      totalSeconds: a.totalSeconds,
    });
    results.set(a.sco.package.moduleId, list);
  }
  return new Map(
    [...results].map(([moduleId, list]) => [
      moduleId,
      list
        .sort((x, y) => x.position - y.position)
        .map((r) => ({
          title: r.title,
          completionStatus: r.completionStatus,
          successStatus: r.successStatus,
          scorePercent: r.scorePercent,
          totalSeconds: r.totalSeconds,
        })),
    ]),
  );
}

/** A SCORM module's grade: the mean score of its scored SCOs, or null when none reported a score. */
export function moduleGrade(results: ScoResult[]): number | null {
  const scores = results.map((r) => r.scorePercent).filter((s): s is number => s !== null);
  return scores.length ? scores.reduce((sum, s) => sum + s, 0) / scores.length : null;
}
