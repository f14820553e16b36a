// A SCORM module's attempt settings as its author saved them, or the defaults: unlimited attempts, graded by the
// highest score, a new attempt only after a failed one (docs/decisions/0021-scorm-attempts.md).
import type { TenantTx } from "@/lib/db";
import type { GradingMethod } from "./grade-attempts";

export interface ScormAttemptSettings {
  /** Attempts per SCO in a certification cycle; null: unlimited. */
  maxAttempts: number | null;
  grading: GradingMethod;
  newAttemptAfterCompletion: boolean;
}

export const DEFAULT_SCORM_SETTINGS: ScormAttemptSettings = {
  maxAttempts: null,
  grading: "HIGHEST",
  newAttemptAfterCompletion: false,
};

export async function scormSettingsOf(tx: TenantTx, moduleIds: string[]): Promise<Map<string, ScormAttemptSettings>> {
  const rows = moduleIds.length
    ? await tx.scormSettings.findMany({
        where: { moduleId: { in: moduleIds } },
        select: { moduleId: true, maxAttempts: true, grading: true, newAttemptAfterCompletion: true },
      })
    : [];
  const saved = new Map(rows.map(({ moduleId, ...settings }) => [moduleId, settings]));
  return new Map(moduleIds.map((id) => [id, saved.get(id) ?? DEFAULT_SCORM_SETTINGS]));
}
