// The attempt rules of a SCORM module (docs/decisions/0021-scorm-attempts.md): an attempt that is over is
// reviewed (mode "review", credit "no-credit", nothing it commits is recorded) or followed by a new one, when the
// author's settings allow it and attempts remain. A failed attempt may be retried within the attempts allowed; a
// completed or passed one only when the author allows new attempts after completion.
import { attemptFailed, attemptFinished } from "@/lib/records/sco-status";
import type { GradingMethod } from "@/lib/records/grade-attempts";
import type { ScormAttemptSettings } from "@/lib/records/scorm-settings";

export interface AttemptState {
  /** The attempt's number in this certification cycle, from 1. */
  number: number;
  /** Attempts allowed per cycle; null: unlimited. */
  limit: number | null;
  grading: GradingMethod;
  /** The attempt is over: this launch reviews it. */
  review: boolean;
  /** A new attempt may be started now. */
  mayStartNew: boolean;
}

interface StoredAttempt {
  completionStatus: string | null;
  successStatus: string | null;
  exitMode: string | null;
}

/** Where a learner stands on a SCO: her latest attempt of the cycle, the `number`-th. */
export function attemptState(
  version: "1.2" | "2004",
  settings: ScormAttemptSettings,
  latest: StoredAttempt,
  number: number,
): AttemptState {
  const finished = attemptFinished(version, latest.completionStatus, latest.successStatus, latest.exitMode);
  const remaining = settings.maxAttempts === null || number < settings.maxAttempts;
  const retake = attemptFailed(latest.completionStatus, latest.successStatus) || settings.newAttemptAfterCompletion;
  return {
    number,
    limit: settings.maxAttempts,
    grading: settings.grading,
    review: finished,
    mayStartNew: finished && remaining && retake,
  };
}
