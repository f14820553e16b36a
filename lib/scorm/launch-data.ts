// The CMI a session starts from: the attempt's stored data (resume), without what belongs to one session
// (session time, exit, entry), plus what the LMS provides: learner id and name, entry (ab-initio on the first
// launch, resume after a suspend), credit and mode, launch data, pass mark, time limit, objectives, and the
// total time the platform accumulated (never the package's own claim).
import type { ScoRuntimeParameters } from "./sco-runtime-parameters";

type Tree = Record<string, unknown>;

export interface LaunchState {
  learner: { id: string; firstName: string; lastName: string };
  /** No commit stored yet: the first launch of this attempt. */
  firstLaunch: boolean;
  /** How the previous session ended (cmi.exit). */
  exitMode: string | null;
  totalSeconds: number;
  /** Review of a finished attempt: nothing it records counts. */
  review?: boolean;
}

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/** Seconds as SCORM 1.2 CMITimespan (HHHH:MM:SS). */
export function clockTime(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${pad(Math.floor(s / 3600), 4)}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
}

/** Seconds as SCORM 2004 timeinterval (ISO 8601 duration). */
export function isoDuration(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `PT${Math.floor(s / 3600)}H${Math.floor((s % 3600) / 60)}M${s % 60}S`;
}

const copy = (value: unknown): Tree =>
  value && typeof value === "object" ? (JSON.parse(JSON.stringify(value)) as Tree) : {};

export function launchCmi(
  version: "1.2" | "2004",
  stored: unknown,
  runtime: Partial<ScoRuntimeParameters>,
  state: LaunchState,
): Tree {
  const cmi = copy(stored);
  const entry = state.firstLaunch ? "ab-initio" : state.exitMode === "suspend" ? "resume" : "";
  const credit = state.review ? "no-credit" : "credit";
  const mode = state.review ? "review" : "normal";
  if (version === "1.2") {
    const core = copy(cmi.core);
    delete core.session_time;
    delete core.exit;
    Object.assign(core, {
      student_id: state.learner.id,
      student_name: `${state.learner.lastName}, ${state.learner.firstName}`,
      entry,
      credit,
      lesson_mode: mode === "review" ? "review" : "normal",
      total_time: clockTime(state.totalSeconds),
    });
    if (!core.lesson_status) core.lesson_status = "not attempted";
    const studentData = copy(cmi.student_data);
    delete studentData.mastery_score;
    delete studentData.max_time_allowed;
    delete studentData.time_limit_action;
    if (runtime.masteryScore !== undefined) studentData.mastery_score = String(runtime.masteryScore);
    if (runtime.maxTimeAllowed) studentData.max_time_allowed = runtime.maxTimeAllowed;
    if (runtime.timeLimitAction) studentData.time_limit_action = runtime.timeLimitAction;
    // SCORM 1.2 interactions are write-only: a new session appends, it never reads them back.
    delete cmi.interactions;
    return { ...cmi, core, student_data: studentData, launch_data: runtime.launchData ?? "" };
  }
  for (const key of [
    "session_time",
    "exit",
    "entry",
    "total_time",
    "credit",
    "mode",
    "learner_id",
    "learner_name",
    "launch_data",
    "scaled_passing_score",
    "completion_threshold",
    "max_time_allowed",
    "time_limit_action",
  ])
    delete cmi[key];
  // Manifest objectives come first, in the manifest's order, keeping what the learner achieved on them.
  const storedObjectives = Object.values(copy(cmi.objectives)).filter((o): o is Tree => !!o && typeof o === "object");
  const known = new Set(storedObjectives.map((o) => o.id));
  const objectives = [
    ...storedObjectives,
    ...(runtime.objectives ?? []).filter((id) => !known.has(id)).map((id) => ({ id })),
  ];
  return {
    ...cmi,
    learner_id: state.learner.id,
    learner_name: `${state.learner.firstName} ${state.learner.lastName}`,
    entry,
    credit,
    mode,
    total_time: isoDuration(state.totalSeconds),
    launch_data: runtime.launchData ?? "",
    ...(runtime.scaledPassingScore !== undefined ? { scaled_passing_score: String(runtime.scaledPassingScore) } : {}),
    ...(runtime.completionThreshold !== undefined ? { completion_threshold: String(runtime.completionThreshold) } : {}),
    ...(runtime.maxTimeAllowed ? { max_time_allowed: runtime.maxTimeAllowed } : {}),
    ...(runtime.timeLimitAction ? { time_limit_action: runtime.timeLimitAction } : {}),
    objectives: Object.fromEntries(objectives.map((o, index) => [String(index), o])),
    ...(cmi.completion_status ? {} : { completion_status: "unknown" }),
  };
}
