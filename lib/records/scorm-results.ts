// What a learner's SCORM attempts recorded, per module and SCO: status, score and time, read by the course page,
// module completion and the certificate's grade (so it sits below all three). Each SCO's result comes from its
// attempts in the current certification cycle by the module's grading method (grade-attempts.ts).
import type { TenantTx } from "@/lib/db";
import { gradeAttempts } from "./grade-attempts";
import { type ScormAttemptSettings, scormSettingsOf } from "./scorm-settings";

export interface ScoResult {
  title: string;
  completionStatus: string | null;
  successStatus: string | null;
  /** The score as a percentage: score.scaled × 100, or the raw score (0–100) when no scaled score is known. */
  scorePercent: number | null;
  totalSeconds: number;
}

/** A SCO's graded result with what the attempt rules need. */
export interface GradedSco extends ScoResult {
  scoId: string;
  position: number;
  done: boolean;
  /** Attempts started in this cycle, committed or not. */
  attempts: number;
}

export const scorePercent = (scaled: number | null, raw: number | null): number | null =>
  scaled !== null ? Math.round(scaled * 1000) / 10 : raw !== null ? Math.min(100, Math.max(0, raw)) : null;

export type GradedModules = Map<string, { settings: ScormAttemptSettings; scos: GradedSco[] }>;

/** Per module: its attempt settings and the graded result of each SCO the learner has committed to, by position. */
export async function gradedScos(
  tx: TenantTx,
  learnerId: string,
  moduleIds: string[],
  cycleStartedAt: Date | null,
): Promise<GradedModules> {
  if (moduleIds.length === 0) return new Map();
  const [settings, attempts] = await Promise.all([
    scormSettingsOf(tx, moduleIds),
    tx.scormAttempt.findMany({
      where: {
        userId: learnerId,
        sco: { package: { moduleId: { in: moduleIds } } },
        ...(cycleStartedAt ? { createdAt: { gte: cycleStartedAt } } : {}),
      },
      select: {
        scoId: true,
        number: true,
        completionStatus: true,
        successStatus: true,
        exitMode: true,
        scoreScaled: true,
        scoreRaw: true,
        totalSeconds: true,
        commitSeq: true,
        sco: {
          select: {
            title: true,
            position: true,
            runtime: true,
            package: { select: { moduleId: true, version: true } },
          },
        },
      },
    }),
  ]);
  const byModule: GradedModules = new Map();
  const byScoId = new Map<string, typeof attempts>();
  for (const a of attempts) byScoId.set(a.scoId, [...(byScoId.get(a.scoId) ?? []), a]);
  for (const [scoId, list] of byScoId) {
    const { sco } = list[0];
    const moduleId = sco.package.moduleId;
    const runtime = sco.runtime as { masteryScore?: number; scaledPassingScore?: number };
    const moduleSettings = settings.get(moduleId)!;
    const graded = gradeAttempts(
      moduleSettings.grading,
      list.filter((a) => a.commitSeq > 0).map((a) => ({ ...a, scorePercent: scorePercent(a.scoreScaled, a.scoreRaw) })),
      { version: sco.package.version as "1.2" | "2004", ...runtime },
    );
    if (!graded) continue;
    const entry = byModule.get(moduleId) ?? { settings: moduleSettings, scos: [] };
    entry.scos.push({
      title: sco.title,
      completionStatus: graded.completionStatus,
      successStatus: graded.successStatus,
      scorePercent: graded.scorePercent,
      totalSeconds: graded.totalSeconds,
      scoId,
      position: sco.position,
      done: graded.done,
      attempts: list.length,
    });
    byModule.set(moduleId, entry);
  }
  for (const entry of byModule.values()) entry.scos.sort((x, y) => x.position - y.position);
  return byModule;
}

export async function scormResults(
  tx: TenantTx,
  learnerId: string,
  moduleIds: string[],
  cycleStartedAt: Date | null,
): Promise<Map<string, ScoResult[]>> {
  const graded = await gradedScos(tx, learnerId, moduleIds, cycleStartedAt);
  return new Map(
    [...graded].map(([moduleId, { scos }]) => [
      moduleId,
      scos.map((r) => ({
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
