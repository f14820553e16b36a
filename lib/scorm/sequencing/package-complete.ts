// Whether a learner has completed a SCORM package, decided by the server from her stored per-SCO records, never
// from anything the client says. Each SCO's record is its graded result (the module's grading method over the
// attempts of the current cycle, lib/records/scorm-results.ts); then, for SCORM 2004, the standard's rollup of
// the activity tree (the root activity completed, and satisfied when the tree declares objectives; never when it
// is not satisfied); for SCORM 1.2, which has no rollup, every SCO done.
import type { TenantTx } from "@/lib/db";
import { gradedScos } from "@/lib/records/scorm-results";
import { rootStatus } from "./engine";
import { activityRecords, packageSequencing } from "./package-sequencing";
import type { SequencingActivity } from "./types";

function declaresObjectives(node: SequencingActivity): boolean {
  return !!node.primaryObjective || !!node.objectives?.length || (node.children ?? []).some(declaresObjectives);
}

export async function packageComplete(
  tx: TenantTx,
  pkg: { id: string; moduleId: string; version: string; storageKey: string; sequencing: unknown },
  learnerId: string,
  cycleStartedAt: Date | null,
): Promise<boolean> {
  const scos = await tx.scormSco.findMany({
    where: { packageId: pkg.id },
    select: { id: true, identifier: true },
  });
  const graded = new Map(
    ((await gradedScos(tx, learnerId, [pkg.moduleId], cycleStartedAt)).get(pkg.moduleId)?.scos ?? []).map((s) => [
      s.scoId,
      s,
    ]),
  );
  const tree = await packageSequencing(pkg);
  if (!tree) return scos.every((sco) => graded.get(sco.id)?.done === true);
  const records = await activityRecords(tx, learnerId, scos, cycleStartedAt);
  for (const sco of scos) {
    const result = graded.get(sco.id);
    const record = records.get(sco.identifier);
    if (result && record)
      records.set(sco.identifier, {
        ...record,
        completionStatus: result.completionStatus,
        successStatus: result.successStatus,
        scoreScaled: result.scorePercent === null ? null : result.scorePercent / 100,
      });
  }
  const root = rootStatus(tree, records);
  return root.completed && root.satisfied !== false && (!declaresObjectives(tree) || root.satisfied === true);
}
