// The standard's rules for what a SCO's runtime data means, applied by the platform to every commit whatever
// the package claims (docs/decisions/0017-scorm-runtime-rules.md):
// - SCORM 1.2: with a mastery score and a raw score in credit mode, the score decides passed or failed.
// - SCORM 2004: with a scaled passing score, score.scaled decides passed or failed, and without a score the
//   success status is unknown; with a completion threshold, progress_measure decides completion.
// - SCORM 2004 defaults: when the attempt ends (Terminate), completionSetByContent=false makes an unknown
//   completion "completed", objectiveSetByContent=false makes an unknown success "passed" (no pass mark).
// - Done (counts for the module): completed or passed, never failed; with a pass mark, only passed.
import type { ScoRuntimeParameters } from "./sco-runtime-parameters";

type Tree = Record<string, unknown>;
const node = (tree: unknown, key: string): Tree => {
  const value = tree && typeof tree === "object" ? (tree as Tree)[key] : undefined;
  return value && typeof value === "object" ? (value as Tree) : {};
};
const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : null);
const number = (value: unknown) => {
  const parsed =
    typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN;
  return Number.isFinite(parsed) ? parsed : null;
};

export interface ScoStatus {
  completionStatus: string | null;
  successStatus: string | null;
  done: boolean;
}

export interface RuleContext {
  runtime: Partial<ScoRuntimeParameters>;
  /** The commit that ends the attempt's session (Terminate / LMSFinish). */
  final: boolean;
  credit: boolean;
}

/**
 * The statuses the platform records for a commit. The CMI is updated in place with the statuses the LMS
 * set, so the next session reads what was recorded.
 */
export function applyStatusRules(
  version: "1.2" | "2004",
  cmi: Tree,
  { runtime, final, credit }: RuleContext,
): ScoStatus {
  if (version === "1.2") {
    const core = node(cmi, "core");
    let status = text(core.lesson_status);
    const raw = number(node(core, "score").raw);
    if (runtime.masteryScore !== undefined && credit && raw !== null)
      status = raw >= runtime.masteryScore ? "passed" : "failed";
    if (status !== null && cmi.core && typeof cmi.core === "object") (cmi.core as Tree).lesson_status = status;
    const success = status === "passed" || status === "failed" ? status : null;
    return { completionStatus: status, successStatus: success, done: status === "passed" || status === "completed" };
  }
  let completion = text(cmi.completion_status) ?? "unknown";
  let success = text(cmi.success_status) ?? "unknown";
  const progress = number(cmi.progress_measure);
  if (runtime.completionThreshold !== undefined && progress !== null)
    completion = progress >= runtime.completionThreshold ? "completed" : "incomplete";
  const scaled = number(node(cmi, "score").scaled);
  const passMark = runtime.scaledPassingScore;
  if (passMark !== undefined) success = scaled === null ? "unknown" : scaled >= passMark ? "passed" : "failed";
  if (final && !runtime.completionSetByContent && (completion === "unknown" || completion === "not attempted"))
    completion = "completed";
  if (final && !runtime.objectiveSetByContent && passMark === undefined && success === "unknown") success = "passed";
  cmi.completion_status = completion;
  cmi.success_status = success;
  const done = completion === "completed" && (passMark !== undefined ? success === "passed" : success !== "failed");
  return { completionStatus: completion, successStatus: success, done };
}

// What stored statuses mean is read by the records too, so it lives with them.
export { statusDone } from "@/lib/records/sco-status";
