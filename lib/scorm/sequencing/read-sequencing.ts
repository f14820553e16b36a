// The activity tree of a SCORM 2004 package, read from its manifest at upload in the shape scorm-again's sequencing
// engine takes (its ActivitySettings): the default organization's items with their IMS Simple Sequencing (control
// modes, pre/exit/post condition rules, limit conditions, rollup rules and considerations, objectives with their
// global-objective maps, delivery controls), each item's imsss:sequencing completed by the sequencingCollection
// entry it names (IDRef): an element the item gives itself wins over the shared one.
// A package that declares no sequencing at all gets flow on every cluster: its authors expect Continue/Previous in
// the manifest's order, which the standard's defaults (flow off) would not give (ADR 0022).
import type { XmlElement } from "../xml";
import type { SequencingActivity, SequencingObjective, SequencingRule, SequencingRollupRule } from "./types";

const local = (name: string) => name.slice(name.indexOf(":") + 1).toLowerCase();
const child = (parent: XmlElement | undefined, name: string) =>
  parent?.children.find((c) => local(c.name) === name.toLowerCase());
const children = (parent: XmlElement | undefined, name: string) =>
  parent?.children.filter((c) => local(c.name) === name.toLowerCase()) ?? [];
const attribute = (element: XmlElement | undefined, name: string) => {
  for (const [key, value] of element?.attributes ?? []) if (local(key) === name.toLowerCase()) return value.trim();
  return undefined;
};
const flag = (element: XmlElement | undefined, name: string, fallback: boolean) => {
  const value = attribute(element, name);
  return value === undefined ? fallback : value === "true" || value === "1";
};
const decimal = (value: string | undefined, min: number, max: number) => {
  if (value === undefined || value === "") return undefined;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? Math.min(max, Math.max(min, parsed)) : undefined;
};
const titleOf = (element: XmlElement) => (child(element, "title")?.text ?? "").replace(/\s+/g, " ").trim();

/** The vocabulary the engine knows; anything else in a manifest is dropped rather than guessed at. */
const RULE_CONDITIONS = new Set([
  "satisfied",
  "objectiveStatusKnown",
  "objectiveMeasureKnown",
  "objectiveMeasureGreaterThan",
  "objectiveMeasureLessThan",
  "completed",
  "activityProgressKnown",
  "attempted",
  "attemptLimitExceeded",
  "timeLimitExceeded",
  "outsideAvailableTimeRange",
  "always",
]);
const RULE_ACTIONS = {
  pre: new Set(["skip", "disabled", "hiddenFromChoice", "stopForwardTraversal"]),
  exit: new Set(["exit"]),
  post: new Set(["exitParent", "exitAll", "retry", "retryAll", "continue", "previous"]),
};
const ROLLUP_CONDITIONS: Record<string, string> = {
  satisfied: "satisfied",
  objectiveStatusKnown: "objectiveStatusKnown",
  objectiveMeasureKnown: "objectiveMeasureKnown",
  completed: "completed",
  activityProgressKnown: "progressKnown",
  attempted: "attempted",
  attemptLimitExceeded: "attemptLimitExceeded",
  notAttempted: "notAttempted",
};
const ROLLUP_ACTIONS = new Set(["satisfied", "notSatisfied", "completed", "incomplete"]);
const CHILD_SETS = new Set(["all", "any", "none", "atLeastCount", "atLeastPercent"]);
const CONSIDERATIONS = new Set(["always", "ifAttempted", "ifNotSkipped", "ifNotSuspended"]);
const LIMIT = 500; // rules, objectives or items of one activity: far above any real course

function rules(block: XmlElement | undefined, kind: "pre" | "exit" | "post"): SequencingRule[] {
  return children(block, `${kind}ConditionRule`)
    .slice(0, LIMIT)
    .flatMap((rule) => {
      const action = attribute(child(rule, "ruleAction"), "action") ?? "";
      const block = child(rule, "ruleConditions");
      const conditions = children(block, "ruleCondition")
        .map((condition) => ({
          condition: attribute(condition, "condition") ?? "",
          ...(attribute(condition, "operator") === "not" ? { operator: "not" as const } : {}),
          ...(attribute(condition, "referencedObjective")
            ? { referencedObjective: attribute(condition, "referencedObjective") }
            : {}),
          ...(attribute(condition, "measureThreshold") !== undefined
            ? { parameters: { threshold: decimal(attribute(condition, "measureThreshold"), -1, 1) ?? 0 } }
            : {}),
        }))
        .filter((c) => RULE_CONDITIONS.has(c.condition));
      if (!RULE_ACTIONS[kind].has(action) || conditions.length === 0) return [];
      return [
        {
          action,
          conditionCombination: attribute(block, "conditionCombination") === "any" ? "any" : "all",
          conditions,
        },
      ];
    });
}

function rollupRules(block: XmlElement | undefined): SequencingRollupRule[] {
  return children(block, "rollupRule")
    .slice(0, LIMIT)
    .flatMap((rule) => {
      const action = attribute(child(rule, "rollupAction"), "action") ?? "";
      const block = child(rule, "rollupConditions");
      const conditions = children(block, "rollupCondition")
        .map((condition) => ({
          condition: ROLLUP_CONDITIONS[attribute(condition, "condition") ?? ""] ?? "",
          ...(attribute(condition, "operator") === "not" ? { operator: "not" as const } : {}),
        }))
        .filter((c) => c.condition !== "");
      const set = attribute(rule, "childActivitySet") ?? "all";
      if (!ROLLUP_ACTIONS.has(action) || conditions.length === 0 || !CHILD_SETS.has(set)) return [];
      return [
        {
          action,
          consideration: set,
          conditionCombination: attribute(block, "conditionCombination") === "all" ? "all" : "any",
          minimumCount: Math.max(0, Math.floor(Number(attribute(rule, "minimumCount") ?? 0)) || 0),
          minimumPercent: decimal(attribute(rule, "minimumPercent"), 0, 1) ?? 0,
          conditions,
        },
      ];
    });
}

function objective(element: XmlElement, isPrimary: boolean): SequencingObjective | null {
  const objectiveID = attribute(element, "objectiveID");
  if (!objectiveID) return null;
  const satisfiedByMeasure = flag(element, "satisfiedByMeasure", false);
  return {
    objectiveID,
    isPrimary,
    satisfiedByMeasure,
    minNormalizedMeasure: decimal(child(element, "minNormalizedMeasure")?.text.trim(), -1, 1) ?? 1,
    mapInfo: children(element, "mapInfo")
      .slice(0, LIMIT)
      .flatMap((map) => {
        const targetObjectiveID = attribute(map, "targetObjectiveID");
        return targetObjectiveID
          ? [
              {
                targetObjectiveID,
                readSatisfiedStatus: flag(map, "readSatisfiedStatus", true),
                readNormalizedMeasure: flag(map, "readNormalizedMeasure", true),
                writeSatisfiedStatus: flag(map, "writeSatisfiedStatus", false),
                writeNormalizedMeasure: flag(map, "writeNormalizedMeasure", false),
              },
            ]
          : [];
      }),
  };
}

/** The item's own sequencing element of each kind, else the one of the collection entry it refers to. */
function effective(item: XmlElement, collection: Map<string, XmlElement>) {
  const own = child(item, "sequencing");
  const shared = own ? collection.get(attribute(own, "IDRef") ?? "") : undefined;
  const pick = (name: string) => child(own, name) ?? child(shared, name);
  return { pick, declared: own !== undefined };
}

function activity(
  item: XmlElement,
  collection: Map<string, XmlElement>,
  launchable: Set<string>,
  found: { sequencing: boolean; count: number },
): SequencingActivity | null {
  if (++found.count > 10_000) return null;
  const id = attribute(item, "identifier") ?? "";
  const kids = children(item, "item")
    .map((c) => activity(c, collection, launchable, found))
    .filter((a): a is SequencingActivity => a !== null);
  // Items that launch nothing and hold nothing launchable (assets) are no activities.
  if (id === "" || (!launchable.has(id) && kids.length === 0)) return null;
  const { pick, declared } = effective(item, collection);
  if (declared) found.sequencing = true;
  const s = { sequencingRules: pick("sequencingRules"), rollupRules: pick("rollupRules") };
  const control = pick("controlMode");
  const limits = pick("limitConditions");
  const delivery = pick("deliveryControls");
  const considerations = pick("rollupConsiderations");
  const objectives = pick("objectives");
  const primary = child(objectives, "primaryObjective");
  const threshold = child(item, "completionThreshold");
  const pre = rules(s.sequencingRules, "pre");
  const exit = rules(s.sequencingRules, "exit");
  const post = rules(s.sequencingRules, "post");
  const rollup = rollupRules(s.rollupRules);
  const attemptLimit = Number(attribute(limits, "attemptLimit"));
  const primaryObjective = primary ? objective(primary, true) : null;
  const others = children(objectives, "objective")
    .slice(0, LIMIT)
    .map((o) => objective(o, false))
    .filter((o): o is SequencingObjective => o !== null);
  const requirement = (name: string) => {
    const value = attribute(considerations, name);
    return value && CONSIDERATIONS.has(value) ? { [name]: value } : {};
  };
  return {
    id,
    title: titleOf(item) || id,
    ...(kids.length ? { children: kids } : {}),
    ...(attribute(item, "isvisible") === "false" ? { isVisible: false } : {}),
    sequencingControls: {
      choice: flag(control, "choice", true),
      choiceExit: flag(control, "choiceExit", true),
      flow: flag(control, "flow", false),
      forwardOnly: flag(control, "forwardOnly", false),
      useCurrentAttemptObjectiveInfo: flag(control, "useCurrentAttemptObjectiveInfo", true),
      useCurrentAttemptProgressInfo: flag(control, "useCurrentAttemptProgressInfo", true),
      rollupObjectiveSatisfied: flag(s.rollupRules, "rollupObjectiveSatisfied", true),
      rollupProgressCompletion: flag(s.rollupRules, "rollupProgressCompletion", true),
      objectiveMeasureWeight: decimal(attribute(s.rollupRules, "objectiveMeasureWeight"), 0, 1) ?? 1,
    },
    ...(pre.length || exit.length || post.length
      ? { sequencingRules: { preConditionRules: pre, exitConditionRules: exit, postConditionRules: post } }
      : {}),
    ...(rollup.length ? { rollupRules: { rules: rollup } } : {}),
    ...(considerations
      ? {
          rollupConsiderations: {
            ...requirement("requiredForSatisfied"),
            ...requirement("requiredForNotSatisfied"),
            ...requirement("requiredForCompleted"),
            ...requirement("requiredForIncomplete"),
            measureSatisfactionIfActive: flag(considerations, "measureSatisfactionIfActive", true),
          },
        }
      : {}),
    ...(Number.isSafeInteger(attemptLimit) && attemptLimit > 0 ? { attemptLimit } : {}),
    ...(primaryObjective ? { primaryObjective } : {}),
    ...(others.length ? { objectives: others } : {}),
    ...(delivery
      ? {
          deliveryControls: {
            tracked: flag(delivery, "tracked", true),
            completionSetByContent: flag(delivery, "completionSetByContent", false),
            objectiveSetByContent: flag(delivery, "objectiveSetByContent", false),
          },
        }
      : {}),
    ...(threshold && flag(threshold, "completedByMeasure", false)
      ? {
          completionThreshold: {
            completedByMeasure: true,
            minProgressMeasure: decimal(attribute(threshold, "minProgressMeasure"), 0, 1) ?? 1,
          },
        }
      : {}),
  };
}

/** Gives flow to every cluster of a tree whose package says nothing about sequencing. */
function withFlow(node: SequencingActivity): SequencingActivity {
  if (!node.children) return node;
  return {
    ...node,
    sequencingControls: { ...node.sequencingControls, flow: true },
    children: node.children.map(withFlow),
  };
}

/**
 * The activity tree of the organization `organization` (the root activity is the organization itself), keeping
 * the items that launch a SCO in `launchable`; null when nothing in it launches.
 */
export function readSequencingTree(
  organization: XmlElement,
  collection: Map<string, XmlElement>,
  launchable: Set<string>,
): SequencingActivity | null {
  const found = { sequencing: false, count: 0 };
  const root = activity(organization, collection, launchable, found);
  if (!root || !root.children) return null;
  return found.sequencing ? root : withFlow(root);
}
