// What the player offers a learner in a SCORM 2004 package, decided by the standard's sequencing from her stored
// records: the SCO a navigation request delivers (or why none), which SCOs a choice in the table of contents may
// reach and why the others are locked, and whether Continue and Previous deliver anything from the SCO launched.
import { type ActivityRecord, loadEngine, type NavigationRequest, navigate } from "./engine";
import type { SequencingActivity } from "./types";

/** Why a choice cannot reach a SCO; each has a message in the player's namespace (Player.locked.<reason>). */
export type LockReason = "prerequisite" | "flowOnly" | "attemptLimit" | "unavailable";

export interface SequencedPlayer {
  /** The SCO (item identifier) to launch, or null when the request delivers nothing. */
  target: string | null;
  /** Why the request delivered nothing. */
  refused: LockReason | null;
  /** Every SCO's lock, null when a choice reaches it. */
  locks: Map<string, LockReason | null>;
  canContinue: boolean;
  canPrevious: boolean;
}

function pathTo(node: SequencingActivity, id: string): SequencingActivity[] | null {
  if (node.id === id) return [node];
  for (const childNode of node.children ?? []) {
    const path = pathTo(childNode, id);
    if (path) return [node, ...path];
  }
  return null;
}

const leavesOf = (node: SequencingActivity): SequencingActivity[] =>
  node.children ? node.children.flatMap(leavesOf) : [node];

/** The reason a choice of `id` is refused, from what the tree declares on the way to it. */
function lockReason(tree: SequencingActivity, id: string, records: Map<string, ActivityRecord>): LockReason {
  const path = pathTo(tree, id) ?? [];
  const leaf = path[path.length - 1];
  const precondition = (action: string) =>
    path.some((node) => node.sequencingRules?.preConditionRules.some((rule) => rule.action === action));
  if (precondition("disabled")) return "prerequisite";
  if (path.slice(0, -1).some((node) => !node.sequencingControls.choice)) return "flowOnly";
  if (leaf?.attemptLimit !== undefined && (records.get(id)?.attempts ?? 0) >= leaf.attemptLimit) return "attemptLimit";
  return "unavailable";
}

export function sequencePlayer(
  tree: SequencingActivity,
  records: Map<string, ActivityRecord>,
  request: NavigationRequest,
): SequencedPlayer {
  const leaves = leavesOf(tree);
  // Choices and the start are asked of one engine: without a current activity they end no attempt, so they
  // leave it as it was (tests/integration/scorm-sequencing.test.ts checks the outcomes).
  const shared = loadEngine(tree, records);
  const locks = new Map<string, LockReason | null>(
    leaves.map((leaf) => [
      leaf.id,
      navigate(tree, records, { kind: "choice", target: leaf.id }, shared).target === leaf.id
        ? null
        : lockReason(tree, leaf.id, records),
    ]),
  );
  let target = navigate(tree, records, request, shared).target;
  // A course that does not start by flow starts with the first SCO a choice reaches.
  if (target === null && request.kind === "start")
    target = leaves.find((leaf) => locks.get(leaf.id) === null)?.id ?? null;
  const refused =
    target !== null ? null : request.kind === "choice" ? (locks.get(request.target) ?? "unavailable") : "unavailable";
  return {
    target,
    refused,
    locks,
    canContinue: target !== null && navigate(tree, records, { kind: "continue", from: target }).target !== null,
    canPrevious: target !== null && navigate(tree, records, { kind: "previous", from: target }).target !== null,
  };
}
