// A package's activity tree and a learner's records in the engine's terms. The tree is stored with the package at
// upload; a 2004 package stored before trees were read gets its tree from its stored manifest (kept per package,
// as a stored package never changes).
import { readStoredFile } from "@/lib/content-store";
import type { TenantTx } from "@/lib/db";
import { readManifest } from "../manifest";
import { decodeXmlBytes } from "../xml";
import type { ActivityRecord } from "./engine";
import type { SequencingActivity } from "./types";

interface StoredPackage {
  id: string;
  version: string;
  storageKey: string;
  sequencing: unknown;
}

const derived = new Map<string, Promise<SequencingActivity | null>>();

/** The package's activity tree; null for SCORM 1.2. */
export function packageSequencing(pkg: StoredPackage): Promise<SequencingActivity | null> {
  if (pkg.version !== "2004") return Promise.resolve(null);
  if (pkg.sequencing) return Promise.resolve(pkg.sequencing as SequencingActivity);
  if (!derived.has(pkg.storageKey)) {
    if (derived.size > 500) derived.clear();
    derived.set(
      pkg.storageKey,
      readStoredFile(pkg.storageKey, "imsmanifest.xml").then((bytes) =>
        bytes ? readManifest(decodeXmlBytes(bytes)).sequencing : null,
      ),
    );
  }
  return derived.get(pkg.storageKey)!;
}

type Tree = Record<string, unknown>;
const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : null);
const scaledOf = (value: unknown) => {
  const scaled = value && typeof value === "object" ? Number((value as Tree).scaled) : Number.NaN;
  return Number.isFinite(scaled) && (value as Tree).scaled !== "" ? scaled : null;
};

/** cmi.objectives of a stored CMI, as scorm-again's JSON holds them (an array or an object by index). */
function objectivesOf(cmi: unknown): ActivityRecord["objectives"] {
  const list = cmi && typeof cmi === "object" ? (cmi as Tree).objectives : undefined;
  const rows = Array.isArray(list) ? list : list && typeof list === "object" ? Object.values(list) : [];
  return rows.flatMap((row) => {
    if (!row || typeof row !== "object") return [];
    const id = text((row as Tree).id);
    return id
      ? [{ id, successStatus: text((row as Tree).success_status), scoreScaled: scaledOf((row as Tree).score) }]
      : [];
  });
}

/**
 * The learner's records of a package's SCOs by item identifier: the latest attempt of each SCO in the current
 * certification cycle that stored a commit.
 */
export async function activityRecords(
  tx: TenantTx,
  learnerId: string,
  scos: Array<{ id: string; identifier: string }>,
  cycleStartedAt: Date | null,
): Promise<Map<string, ActivityRecord>> {
  const attempts = await tx.scormAttempt.findMany({
    where: {
      userId: learnerId,
      scoId: { in: scos.map((s) => s.id) },
      ...(cycleStartedAt ? { createdAt: { gte: cycleStartedAt } } : {}),
    },
    orderBy: { number: "desc" },
    select: { scoId: true, commitSeq: true, completionStatus: true, successStatus: true, scoreScaled: true, cmi: true },
  });
  const identifierOf = new Map(scos.map((s) => [s.id, s.identifier]));
  const records = new Map<string, ActivityRecord>();
  const counts = new Map<string, number>();
  for (const a of attempts) counts.set(a.scoId, (counts.get(a.scoId) ?? 0) + 1);
  for (const a of attempts) {
    const identifier = identifierOf.get(a.scoId)!;
    if (records.has(identifier) || a.commitSeq === 0) continue;
    records.set(identifier, {
      completionStatus: a.completionStatus,
      successStatus: a.successStatus,
      scoreScaled: a.scoreScaled,
      attempts: counts.get(a.scoId) ?? 1,
      objectives: objectivesOf(a.cmi),
    });
  }
  return records;
}
