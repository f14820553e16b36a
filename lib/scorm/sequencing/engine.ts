// SCORM 2004 sequencing on the server, by scorm-again's own engine (its Scorm2004API with the package's activity
// tree): the learner's stored per-SCO records are loaded into the tree's activities, rolled up to the root and
// written to the global objectives, then the engine answers what the standard says: which navigation request
// delivers which SCO, which SCOs a choice may reach, and the root activity's status (ADR 0022).
// An engine is built for one question and thrown away: the stored records are the only state.
import * as scorm2004 from "scorm-again/scorm2004";
import type { SequencingActivity } from "./types";

/** What the platform stored for one SCO (the latest attempt of the current certification cycle). */
export interface ActivityRecord {
  completionStatus: string | null;
  successStatus: string | null;
  scoreScaled: number | null;
  /** Attempts made on the SCO in this cycle. */
  attempts: number;
  /** cmi.objectives of the stored CMI, by objective id. */
  objectives: Array<{ id: string; successStatus: string | null; scoreScaled: number | null }>;
}

export type NavigationRequest =
  { kind: "start" } | { kind: "choice"; target: string } | { kind: "continue" | "previous"; from: string };

export interface NavigationOutcome {
  /** The SCO (leaf activity) the request delivers, or null. */
  target: string | null;
  /** The engine's exception code (SCORM 2004 SN book) when nothing is delivered. */
  exception: string | null;
}

// The engine's own types are internal to scorm-again; these are the few members used here.
interface EngineObjective {
  id: string;
  satisfiedStatus: boolean;
  satisfiedStatusKnown: boolean;
  progressStatus: boolean;
  normalizedMeasure: number;
  measureStatus: boolean;
}
interface EngineActivity {
  id: string;
  children: EngineActivity[];
  parent: EngineActivity | null;
  attemptCount: number;
  completionStatus: string;
  attemptProgressStatus: boolean;
  objectiveSatisfiedStatus: boolean;
  objectiveSatisfiedStatusKnown: boolean;
  objectiveMeasureStatus: boolean;
  objectiveNormalizedMeasure: number;
  primaryObjective: (EngineObjective & { updateFromActivity(a: EngineActivity): void }) | null;
  objectives: EngineObjective[];
}
interface EngineTree {
  root: EngineActivity | null;
  getActivity(id: string): EngineActivity | null;
  setCurrentActivityWithoutActivation(activity: EngineActivity | null): void;
}
interface Engine {
  activityTree: EngineTree;
  sequencingProcess: {
    sequencingRequestProcess(
      request: string,
      target: string | null,
    ): { deliveryRequest: string; targetActivity: EngineActivity | null; exception: string | null };
  };
  prepareNavigationRequest(
    request: string,
    target: string | null,
  ): {
    navResult: {
      valid: boolean;
      exception: string | null;
      sequencingRequest: string | null;
      targetActivityId?: string;
    };
    deliveryRequest: { valid: boolean; exception: string | null } | null;
  };
  synchronizeGlobalObjectives(): void;
}
interface Service {
  getOverallSequencingProcess(): Engine | null;
  rollupProcess: { overallRollupProcess(activity: EngineActivity): void };
}

// The package's ESM build (its "import" condition) exports the class by name; its type declarations say default.
const { Scorm2004API } = scorm2004 as unknown as { Scorm2004API: typeof scorm2004.default };

function applyRecord(activity: EngineActivity, record: ActivityRecord) {
  activity.attemptCount = Math.max(1, record.attempts);
  if (record.completionStatus === "completed" || record.completionStatus === "incomplete") {
    activity.completionStatus = record.completionStatus;
    activity.attemptProgressStatus = true;
  }
  if (record.scoreScaled !== null) {
    activity.objectiveNormalizedMeasure = record.scoreScaled;
    activity.objectiveMeasureStatus = true;
  }
  if (record.successStatus === "passed" || record.successStatus === "failed")
    activity.objectiveSatisfiedStatus = record.successStatus === "passed";
  activity.primaryObjective?.updateFromActivity(activity);
  for (const objective of activity.objectives) {
    const stored = record.objectives.find((o) => o.id === objective.id);
    if (!stored) continue;
    if (stored.successStatus === "passed" || stored.successStatus === "failed") {
      objective.satisfiedStatus = stored.successStatus === "passed";
      objective.satisfiedStatusKnown = true;
      objective.progressStatus = true;
    }
    if (stored.scoreScaled !== null) {
      objective.normalizedMeasure = stored.scoreScaled;
      objective.measureStatus = true;
    }
  }
}

function leaves(activity: EngineActivity): EngineActivity[] {
  return activity.children.length ? activity.children.flatMap(leaves) : [activity];
}

/** The tree with the learner's records in it, rolled up and written to the global objectives. */
export function loadEngine(tree: SequencingActivity, records: Map<string, ActivityRecord>) {
  const api = new Scorm2004API({ logLevel: 5, sequencing: { activityTree: structuredClone(tree) as never } });
  const service = api.getSequencingService() as unknown as Service | null;
  const engine = service?.getOverallSequencingProcess();
  const root = engine?.activityTree.root;
  if (!service || !engine || !root) throw new Error("scorm-again built no activity tree");
  const recorded = leaves(root).filter((leaf) => records.has(leaf.id));
  for (const leaf of recorded) applyRecord(leaf, records.get(leaf.id)!);
  // Written first, so that rollup reads what every SCO wrote to the global objectives.
  engine.synchronizeGlobalObjectives();
  for (const leaf of recorded) service.rollupProcess.overallRollupProcess(leaf);
  engine.synchronizeGlobalObjectives();
  return { engine, root };
}

/** The SCO a navigation request delivers from the stored records, as the standard's sequencing decides. */
export function navigate(
  tree: SequencingActivity,
  records: Map<string, ActivityRecord>,
  request: NavigationRequest,
  /** An engine already loaded with these records, for requests that change nothing in it (choice, start). */
  loaded?: ReturnType<typeof loadEngine>,
): NavigationOutcome {
  const { engine } =
    request.kind === "continue" || request.kind === "previous" || !loaded ? loadEngine(tree, records) : loaded;
  const activities = engine.activityTree;
  if (request.kind === "continue" || request.kind === "previous") {
    const from = activities.getActivity(request.from);
    if (!from) return { target: null, exception: "NB.2.1-7" };
    activities.setCurrentActivityWithoutActivation(from);
  }
  const target = request.kind === "choice" ? request.target : null;
  if (target !== null && !activities.getActivity(target)) return { target: null, exception: "NB.2.1-11" };
  const prepared = engine.prepareNavigationRequest(request.kind, target);
  if (prepared.deliveryRequest && !prepared.deliveryRequest.valid)
    return { target: null, exception: prepared.deliveryRequest.exception };
  if (!prepared.navResult.valid || !prepared.navResult.sequencingRequest)
    return { target: null, exception: prepared.navResult.exception };
  const result = engine.sequencingProcess.sequencingRequestProcess(
    prepared.navResult.sequencingRequest,
    prepared.navResult.targetActivityId ?? target,
  );
  const delivered = result.targetActivity;
  if (result.exception || !delivered || delivered.children.length > 0)
    return { target: null, exception: result.exception ?? "DB.1.1-1" };
  return { target: delivered.id, exception: null };
}

export interface RootStatus {
  completed: boolean;
  /** null while the root's satisfaction is unknown. */
  satisfied: boolean | null;
}

/** The root activity's status once the stored records are rolled up. */
export function rootStatus(tree: SequencingActivity, records: Map<string, ActivityRecord>): RootStatus {
  const { root } = loadEngine(tree, records);
  return {
    completed: root.completionStatus === "completed",
    satisfied: root.objectiveSatisfiedStatusKnown ? root.objectiveSatisfiedStatus : null,
  };
}
