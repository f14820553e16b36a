// What a SCO attempt's stored statuses mean (the standard's rules, lib/scorm/status-rules.ts, were applied when
// they were stored): whether it counts as done, and whether the attempt is over.
/** Whether stored statuses count as done: completed or passed, never failed; with a pass mark, only passed. */
export function statusDone(
  version: "1.2" | "2004",
  completionStatus: string | null,
  successStatus: string | null,
  runtime: { scaledPassingScore?: number },
): boolean {
  if (version === "1.2") return completionStatus === "completed" || completionStatus === "passed";
  if (completionStatus !== "completed") return false;
  return runtime.scaledPassingScore !== undefined ? successStatus === "passed" : successStatus !== "failed";
}

/**
 * Whether an attempt is over: the SCO reported it completed, passed or failed and did not leave it suspended
 * (cmi.exit "suspend" keeps the attempt open, so the next launch resumes it). An attempt that is over is
 * reviewed, or followed by a new one; it is never resumed.
 */
export function attemptFinished(
  version: "1.2" | "2004",
  completionStatus: string | null,
  successStatus: string | null,
  exitMode: string | null,
): boolean {
  if (exitMode === "suspend") return false;
  if (version === "1.2") return ["passed", "completed", "failed"].includes(completionStatus ?? "");
  return completionStatus === "completed" || successStatus === "passed" || successStatus === "failed";
}

/** Whether a finished attempt was failed (a failed attempt may be retried within the attempts allowed). */
export const attemptFailed = (completionStatus: string | null, successStatus: string | null) =>
  successStatus === "failed" || completionStatus === "failed";
