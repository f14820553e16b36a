// Whether a learner has completed a SCORM package, decided by the server from her stored per-SCO records, never
// from anything the client says: for SCORM 2004, the standard's rollup of the activity tree (the root activity
// completed, and satisfied when the tree declares objectives; never when it is not satisfied); for SCORM 1.2,
// which has no rollup, every SCO done.
import type { TenantTx } from "@/lib/db";
import type { ScoRuntimeParameters } from "../sco-runtime-parameters";
import { statusDone } from "../status-rules";
import { rootStatus } from "./engine";
import { activityRecords, packageSequencing } from "./package-sequencing";
import type { SequencingActivity } from "./types";

function declaresObjectives(node: SequencingActivity): boolean {
  return !!node.primaryObjective || !!node.objectives?.length || (node.children ?? []).some(declaresObjectives);
}

export async function packageComplete(
  tx: TenantTx,
  pkg: { id: string; version: string; storageKey: string; sequencing: unknown },
  learnerId: string,
  cycleStartedAt: Date | null,
): Promise<boolean> {
  const scos = await tx.scormSco.findMany({
    where: { packageId: pkg.id },
    select: { id: true, identifier: true, runtime: true },
  });
  const tree = await packageSequencing(pkg);
  const records = await activityRecords(tx, learnerId, scos, cycleStartedAt);
  if (tree) {
    const root = rootStatus(tree, records);
    return root.completed && root.satisfied !== false && (!declaresObjectives(tree) || root.satisfied === true);
  }
  const version = pkg.version as "1.2" | "2004";
  return scos.every((sco) => {
    const record = records.get(sco.identifier);
    return (
      !!record &&
      statusDone(version, record.completionStatus, record.successStatus, sco.runtime as Partial<ScoRuntimeParameters>)
    );
  });
}
