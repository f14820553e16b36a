// Which SCO of a package a launch opens, and what the player offers around it. SCORM 2004: the standard's
// sequencing from the learner's stored records (sequence-player.ts), so a SCO that sequencing disables is never
// launched, whatever address is asked for. SCORM 1.2 has no sequencing: the manifest's order, every SCO open.
import type { TenantTx } from "@/lib/db";
import type { NavigationRequest } from "./engine";
import { activityRecords, packageSequencing } from "./package-sequencing";
import { type LockReason, sequencePlayer } from "./sequence-player";

export type { LockReason } from "./sequence-player";

/** The learner asked for the SCO at `position`, or to continue or go back from it. */
export interface LaunchRequest {
  position: number;
  nav?: "continue" | "previous" | null;
}

export interface ChosenSco<S> {
  /** null when sequencing delivers nothing for the request. */
  sco: S | null;
  refused: LockReason | null;
  /** Each SCO's lock by identifier, null when the learner may choose it. */
  locks: Map<string, LockReason | null>;
  canContinue: boolean;
  canPrevious: boolean;
}

export async function chooseSco<S extends { id: string; identifier: string; position: number }>(
  tx: TenantTx,
  pkg: { id: string; version: string; storageKey: string; sequencing: unknown; scos: S[] },
  learnerId: string,
  cycleStartedAt: Date | null,
  request: LaunchRequest,
): Promise<ChosenSco<S>> {
  const asked = pkg.scos.find((s) => s.position === request.position);
  const tree = await packageSequencing(pkg);
  if (!tree) {
    const index = Math.max(0, pkg.scos.indexOf(asked ?? pkg.scos[0]));
    const at = index + (request.nav === "continue" ? 1 : request.nav === "previous" ? -1 : 0);
    const sco = pkg.scos[Math.min(Math.max(at, 0), pkg.scos.length - 1)] ?? null;
    const position = sco ? pkg.scos.indexOf(sco) : 0;
    return {
      sco,
      refused: null,
      locks: new Map(pkg.scos.map((s) => [s.identifier, null])),
      canContinue: position < pkg.scos.length - 1,
      canPrevious: position > 0,
    };
  }
  const records = await activityRecords(tx, learnerId, pkg.scos, cycleStartedAt);
  const navigation: NavigationRequest = !asked
    ? { kind: "start" }
    : request.nav
      ? { kind: request.nav, from: asked.identifier }
      : { kind: "choice", target: asked.identifier };
  const decided = sequencePlayer(tree, records, navigation);
  return {
    sco: pkg.scos.find((s) => s.identifier === decided.target) ?? null,
    refused: decided.refused,
    locks: decided.locks,
    canContinue: decided.canContinue,
    canPrevious: decided.canPrevious,
  };
}
