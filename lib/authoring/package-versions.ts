// The versions of a module's SCORM package, for its author: each with the number of learners who have an
// attempt on it, in every administration (learners' attempts live in their own tenants, so the count is a
// platform read; only counts leave it).
import { asPlatform, type TenantTx } from "@/lib/db";

export interface PackageVersion {
  number: number;
  title: string;
  version: string;
  current: boolean;
  learners: number;
}

/** Learners with an attempt on each package, by package id. */
export async function learnersOnVersions(packageIds: string[]): Promise<Map<string, number>> {
  if (packageIds.length === 0) return new Map();
  const rows = await asPlatform(
    "count the learners on each version of a SCORM package for its author",
    (tx) =>
      tx.$queryRaw<{ packageId: string; learners: number }[]>`
      SELECT s."packageId", count(DISTINCT a."userId")::int AS learners
      FROM "ScormSco" s JOIN "ScormAttempt" a ON a."scoId" = s.id
      WHERE s."packageId" = ANY(${packageIds}::uuid[]) GROUP BY s."packageId"`,
  );
  return new Map(rows.map((r) => [r.packageId, r.learners]));
}

/** The packages of the given modules (the author's own course: the caller checked it), newest first. */
export function readPackages(tx: TenantTx, moduleIds: string[]) {
  return tx.scormPackage.findMany({
    where: { moduleId: { in: moduleIds } },
    orderBy: { number: "desc" },
    select: { id: true, moduleId: true, number: true, title: true, version: true, replacedAt: true },
  });
}

/** Each module's versions, newest first, with the learners on each (after the caller's transaction). */
export async function packageVersions(
  packages: Awaited<ReturnType<typeof readPackages>>,
): Promise<Map<string, PackageVersion[]>> {
  const learners = await learnersOnVersions(packages.map((p) => p.id));
  const byModule = new Map<string, PackageVersion[]>();
  for (const p of packages) {
    const list = byModule.get(p.moduleId) ?? [];
    list.push({
      number: p.number,
      title: p.title,
      version: p.version,
      current: p.replacedAt === null,
      learners: learners.get(p.id) ?? 0,
    });
    byModule.set(p.moduleId, list);
  }
  return byModule;
}
