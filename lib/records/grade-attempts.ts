// A SCO's result from the learner's attempts at it in a certification cycle, by the module's grading method:
// the highest score, the last or the first finished attempt, or the average score of the finished attempts.
// Only finished attempts are graded; until one is, the attempt in progress shows where the learner is.
import { attemptFinished, statusDone } from "./sco-status";

export const GRADING_METHODS = ["HIGHEST", "LAST", "FIRST", "AVERAGE"] as const;
export type GradingMethod = (typeof GRADING_METHODS)[number];

export interface GradableAttempt {
  number: number;
  completionStatus: string | null;
  successStatus: string | null;
  exitMode: string | null;
  scorePercent: number | null;
  totalSeconds: number;
}

export interface PassMark {
  version: "1.2" | "2004";
  /** SCORM 1.2 mastery score (0–100) or SCORM 2004 scaled passing score (-1–1), from the manifest. */
  masteryScore?: number;
  scaledPassingScore?: number;
}

export interface GradedResult {
  completionStatus: string | null;
  successStatus: string | null;
  scorePercent: number | null;
  /** Time across every attempt of the cycle. */
  totalSeconds: number;
  done: boolean;
}

const byNumber = (a: GradableAttempt, b: GradableAttempt) => a.number - b.number;

/** The result of a SCO's attempts (any order); null when there are none. */
export function gradeAttempts(method: GradingMethod, attempts: GradableAttempt[], mark: PassMark): GradedResult | null {
  if (attempts.length === 0) return null;
  const all = [...attempts].sort(byNumber);
  const totalSeconds = all.reduce((sum, a) => sum + a.totalSeconds, 0);
  const finished = all.filter((a) => attemptFinished(mark.version, a.completionStatus, a.successStatus, a.exitMode));
  const result = (a: GradableAttempt, scorePercent = a.scorePercent): GradedResult => ({
    completionStatus: a.completionStatus,
    successStatus: a.successStatus,
    scorePercent,
    totalSeconds,
    done: statusDone(mark.version, a.completionStatus, a.successStatus, mark),
  });
  if (finished.length === 0) return result(all.at(-1)!);
  if (method === "FIRST") return result(finished[0]);
  if (method === "LAST") return result(finished.at(-1)!);
  if (method === "HIGHEST") {
    // The best score; among equal scores (or none), a done attempt before one that is not, then the latest.
    const rank = (a: GradableAttempt) => [a.scorePercent ?? -Infinity, result(a).done ? 1 : 0, a.number];
    const best = finished.reduce((x, y) => {
      const [rx, ry] = [rank(x), rank(y)];
      for (let i = 0; i < rx.length; i++) if (rx[i] !== ry[i]) return ry[i] > rx[i] ? y : x;
      return x;
    });
    return result(best);
  }
  return average(finished, mark, totalSeconds, result);
}

/**
 * The mean score of the finished attempts that have one. With a pass mark, the mean decides passed or failed;
 * without one, the last finished attempt's statuses stand.
 */
function average(
  finished: GradableAttempt[],
  mark: PassMark,
  totalSeconds: number,
  result: (a: GradableAttempt, scorePercent?: number | null) => GradedResult,
): GradedResult {
  const scores = finished.map((a) => a.scorePercent).filter((s): s is number => s !== null);
  const mean = scores.length ? Math.round((scores.reduce((sum, s) => sum + s, 0) / scores.length) * 10) / 10 : null;
  const last = finished.at(-1)!;
  const passPercent =
    mark.version === "1.2"
      ? mark.masteryScore
      : mark.scaledPassingScore !== undefined
        ? mark.scaledPassingScore * 100
        : undefined;
  if (passPercent === undefined || mean === null) return result(last, mean);
  const success = mean >= passPercent ? "passed" : "failed";
  const completion = mark.version === "1.2" ? success : last.completionStatus;
  return {
    completionStatus: completion,
    successStatus: success,
    scorePercent: mean,
    totalSeconds,
    done: statusDone(mark.version, completion, success, mark),
  };
}
