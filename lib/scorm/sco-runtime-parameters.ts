// What a manifest item says about running its SCO, read at upload and handed to the runtime at launch:
// SCORM 1.2 adlcp:masteryscore, adlcp:datafromlms, adlcp:maxtimeallowed, adlcp:timelimitaction; SCORM 2004
// adlcp:dataFromLMS, adlcp:timeLimitAction, adlcp:completionThreshold and the item's imsss:sequencing
// (delivery controls, primary objective's minNormalizedMeasure, objectives, attempt duration limit).
import type { XmlElement } from "./xml";

export interface ScoRuntimeParameters {
  /** SCORM 1.2 mastery score, 0–100: cmi.student_data.mastery_score. */
  masteryScore?: number;
  /** SCORM 2004 pass mark, -1–1: cmi.scaled_passing_score (the primary objective satisfied by measure). */
  scaledPassingScore?: number;
  /** SCORM 2004 cmi.completion_threshold, 0–1. */
  completionThreshold?: number;
  /** cmi.launch_data (1.2 cmi.launch_data). */
  launchData?: string;
  /** cmi.max_time_allowed (2004 duration) or cmi.student_data.max_time_allowed (1.2 HHHH:MM:SS). */
  maxTimeAllowed?: string;
  timeLimitAction?: string;
  /** SCORM 2004 delivery controls; false (the default) lets the LMS set the status when the attempt ends. */
  completionSetByContent: boolean;
  objectiveSetByContent: boolean;
  /** SCORM 2004 objective identifiers, the primary one first: loaded into cmi.objectives. */
  objectives: string[];
}

const local = (name: string) => name.slice(name.indexOf(":") + 1).toLowerCase();
const child = (parent: XmlElement | undefined, name: string) =>
  parent?.children.find((c) => local(c.name) === name.toLowerCase());
const children = (parent: XmlElement | undefined, name: string) =>
  parent?.children.filter((c) => local(c.name) === name.toLowerCase()) ?? [];
const attribute = (element: XmlElement | undefined, name: string) => {
  for (const [key, value] of element?.attributes ?? []) if (local(key) === name.toLowerCase()) return value.trim();
  return undefined;
};
const textOf = (element: XmlElement | undefined) => {
  const value = element?.text.trim();
  return value ? value : undefined;
};
const numberIn = (value: string | undefined, min: number, max: number) => {
  if (value === undefined || value === "") return undefined;
  const parsed = Number(value);
  return Number.isFinite(parsed) && parsed >= min && parsed <= max ? parsed : undefined;
};
// The time limit as the runtime's data model accepts it (a value outside it would be refused by the SCO's API,
// so it is not passed at all): 1.2 CMITimespan, 2004 timeinterval (ISO 8601), the standard's four actions.
const TIMESPAN_12 = /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/;
const DURATION_2004 = /^P(?!$)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/;
const TIME_LIMIT_ACTIONS = new Set(["exit,message", "exit,no message", "continue,message", "continue,no message"]);
const matching = (value: string | undefined, pattern: RegExp) => (value && pattern.test(value) ? value : undefined);
const timeLimitAction = (value: string | undefined) => {
  const action = value?.toLowerCase().replace(/\s*,\s*/, ",");
  return action && TIME_LIMIT_ACTIONS.has(action) ? action : undefined;
};
const LIMIT = 4000; // cmi.launch_data is at most 4096 characters in SCORM 2004
const clip = (value: string | undefined) => (value === undefined ? undefined : value.slice(0, LIMIT));

/** Sequencing of an item: its own imsss:sequencing, completed by the collection entry it names (IDRef). */
function sequencingOf(item: XmlElement, collection: Map<string, XmlElement>): XmlElement[] {
  const own = child(item, "sequencing");
  const shared = own ? collection.get(attribute(own, "IDRef") ?? "") : undefined;
  return [own, shared].filter((s): s is XmlElement => s !== undefined);
}

export function sequencingCollection(root: XmlElement): Map<string, XmlElement> {
  const entries = new Map<string, XmlElement>();
  for (const entry of children(child(root, "sequencingCollection"), "sequencing")) {
    const id = attribute(entry, "ID");
    if (id) entries.set(id, entry);
  }
  return entries;
}

export function readScoRuntimeParameters(
  item: XmlElement,
  version: "1.2" | "2004",
  collection: Map<string, XmlElement> = new Map(),
): ScoRuntimeParameters {
  if (version === "1.2") {
    return strip({
      masteryScore: numberIn(textOf(child(item, "masteryscore")), 0, 100),
      launchData: clip(textOf(child(item, "datafromlms"))),
      maxTimeAllowed: matching(textOf(child(item, "maxtimeallowed")), TIMESPAN_12),
      timeLimitAction: timeLimitAction(textOf(child(item, "timelimitaction"))),
      completionSetByContent: true,
      objectiveSetByContent: true,
      objectives: [],
    });
  }
  const sequencing = sequencingOf(item, collection);
  // The first definition found wins: the item's own, then the shared one it refers to.
  const first = (find: (s: XmlElement) => XmlElement | undefined) => sequencing.map(find).find((e) => e !== undefined);
  const delivery = first((s) => child(s, "deliveryControls"));
  const objectives = first((s) => child(s, "objectives"));
  const primary = child(objectives, "primaryObjective");
  const limits = first((s) => child(s, "limitConditions"));
  const threshold = child(item, "completionThreshold");
  const byMeasure = attribute(primary, "satisfiedByMeasure") === "true";
  const ids = [
    attribute(primary, "objectiveID"),
    ...children(objectives, "objective").map((o) => attribute(o, "objectiveID")),
  ].filter((id): id is string => !!id);
  return strip({
    scaledPassingScore: byMeasure ? (numberIn(textOf(child(primary, "minNormalizedMeasure")), -1, 1) ?? 1) : undefined,
    completionThreshold: numberIn(attribute(threshold, "minProgressMeasure") ?? textOf(threshold), 0, 1),
    launchData: clip(textOf(child(item, "dataFromLMS"))),
    maxTimeAllowed: matching(attribute(limits, "attemptAbsoluteDurationLimit"), DURATION_2004),
    timeLimitAction: timeLimitAction(textOf(child(item, "timeLimitAction"))),
    completionSetByContent: attribute(delivery, "completionSetByContent") === "true",
    objectiveSetByContent: attribute(delivery, "objectiveSetByContent") === "true",
    objectives: [...new Set(ids)],
  });
}

function strip(parameters: ScoRuntimeParameters): ScoRuntimeParameters {
  return Object.fromEntries(
    Object.entries(parameters).filter(([, value]) => value !== undefined),
  ) as unknown as ScoRuntimeParameters;
}
