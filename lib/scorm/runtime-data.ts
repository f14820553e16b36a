// Reads what the platform keeps from a SCORM runtime commit (the CMI object scorm-again sends), for both
// versions: statuses, score, location, suspend data and total time.
export interface RuntimeSummary {
  completionStatus: string | null;
  successStatus: string | null;
  scoreScaled: number | null;
  scoreRaw: number | null;
  location: string | null;
  suspendData: string | null;
  totalSeconds: number | null;
  /** Whether the SCO counts as done: completed (or passed) and not failed. */
  done: boolean;
}

type Tree = Record<string, unknown>;
const at = (tree: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Tree)[key] : undefined), tree);
const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : null);
const number = (value: unknown) => {
  const parsed =
    typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN;
  return Number.isFinite(parsed) ? parsed : null;
};

/** SCORM 1.2 "HHHH:MM:SS.SS" or SCORM 2004 ISO 8601 "PT1H2M3.5S" as whole seconds. */
export function durationSeconds(value: unknown): number | null {
  if (typeof value !== "string") return null;
  const clock = /^(\d{1,4}):(\d{2}):(\d{2})(\.\d{1,2})?$/.exec(value);
  if (clock) return Number(clock[1]) * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
  const iso = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(value);
  if (!iso || value === "P" || value.endsWith("T")) return null;
  const [, years, months, days, hours, minutes, seconds] = iso.map((part) => Number(part ?? 0));
  return Math.floor(((years * 365 + months * 30 + days) * 24 + hours) * 3600 + minutes * 60 + seconds);
}

/** Whether a SCO counts as done from its statuses: completed (or passed in 1.2) and not failed. */
export function scoDone(
  version: "1.2" | "2004",
  completionStatus: string | null,
  successStatus: string | null,
): boolean {
  return version === "1.2"
    ? completionStatus === "completed" || completionStatus === "passed"
    : completionStatus === "completed" && successStatus !== "failed";
}

export function summarizeRuntime(version: "1.2" | "2004", cmi: unknown): RuntimeSummary {
  if (version === "1.2") {
    const status = text(at(cmi, "core", "lesson_status"));
    const success = status === "passed" || status === "failed" ? status : null;
    return {
      completionStatus: status,
      successStatus: success,
      scoreScaled: null,
      scoreRaw: number(at(cmi, "core", "score", "raw")),
      location: text(at(cmi, "core", "lesson_location")),
      suspendData: text(at(cmi, "suspend_data")),
      totalSeconds: durationSeconds(at(cmi, "core", "total_time")),
      done: scoDone("1.2", status, success),
    };
  }
  const completion = text(at(cmi, "completion_status"));
  const success = text(at(cmi, "success_status"));
  return {
    completionStatus: completion,
    successStatus: success,
    scoreScaled: number(at(cmi, "score", "scaled")),
    scoreRaw: number(at(cmi, "score", "raw")),
    location: text(at(cmi, "location")),
    suspendData: text(at(cmi, "suspend_data")),
    totalSeconds: durationSeconds(at(cmi, "total_time")),
    done: scoDone("2004", completion, success),
  };
}
