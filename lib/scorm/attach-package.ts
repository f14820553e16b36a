// Authors attach a SCORM package to a SCORM module of their own course: the package is checked
// (read-package.ts), its files go to the content store, and its SCOs are recorded in the manifest's order.
// A new upload is a new version: the previous one is marked replaced and kept with its files and every
// learner's attempts (learners in progress finish on it, new attempts use the new one). Audited, with the
// number of learners who had started the replaced version.
import { randomUUID } from "node:crypto";
import type { Author } from "@/lib/authoring/author";
import { ownCourse } from "@/lib/authoring/own-course";
import { recordAudit } from "@/lib/console/audit-log";
import { removeStored } from "@/lib/content-store";
import { storeOrRefuse } from "@/lib/content-store/checked-upload";
import { forTenant, Prisma } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { readScormPackage, type PackageLimits } from "./read-package";
import { learnersOnVersions } from "@/lib/authoring/package-versions";

export async function attachScormPackage(
  author: Author,
  courseId: string,
  moduleId: string,
  zip: Uint8Array,
  limits?: Partial<PackageLimits>,
) {
  // Ownership first, so nobody learns anything about a package they may not attach.
  await forTenant(author.ctx, async (tx) => {
    await ownCourse(tx, author, courseId);
    const courseModule = await tx.courseModule.findFirst({ where: { id: moduleId, courseId }, select: { kind: true } });
    if (!courseModule) throw new NotFound();
    if (courseModule.kind !== "SCORM") throw new Invalid({ package: "moduleNotScorm" });
  });
  const scormPackage = await readScormPackage(zip, limits);
  const packageId = randomUUID();
  const storageKey = `scorm/${packageId}`;
  await storeOrRefuse(storageKey, scormPackage.files, "package");
  const bytes = [...scormPackage.files.values()].reduce((sum, file) => sum + file.length, 0);
  try {
    const learnersOnPrevious = await forTenant(
      author.ctx,
      async (tx) =>
        (await tx.scormPackage.findFirst({ where: { moduleId, replacedAt: null }, select: { id: true } }))?.id ?? null,
    ).then((id) => (id ? learnersOnVersions([id]).then((counts) => counts.get(id) ?? 0) : 0));
    await forTenant(author.ctx, async (tx) => {
      const previous = await tx.scormPackage.findFirst({
        where: { moduleId, replacedAt: null },
        select: { id: true, number: true, title: true, version: true },
      });
      const latest = await tx.scormPackage.findFirst({
        where: { moduleId },
        orderBy: { number: "desc" },
        select: { number: true },
      });
      if (previous) await tx.scormPackage.update({ where: { id: previous.id }, data: { replacedAt: new Date() } });
      // Owner, isCore and audience are copied from the course by a trigger whatever is written here.
      await tx.scormPackage.create({
        data: {
          id: packageId,
          tenantId: author.ctx.tenantId,
          courseId,
          moduleId,
          number: (latest?.number ?? 0) + 1,
          audience: "CUSTOMS_ONLY",
          version: scormPackage.version,
          title: scormPackage.title,
          storageKey,
          fileCount: scormPackage.files.size,
          bytes,
          sequencing: scormPackage.sequencing ? (scormPackage.sequencing as object) : Prisma.DbNull,
        },
      });
      await tx.scormSco.createMany({
        data: scormPackage.scos.map((sco) => ({
          tenantId: author.ctx.tenantId,
          courseId,
          packageId,
          audience: "CUSTOMS_ONLY" as const,
          identifier: sco.identifier,
          title: sco.title,
          href: sco.href,
          position: sco.order,
          runtime: { ...sco.runtime },
        })),
      });
      await recordAudit(tx, author.actor, {
        tenantId: author.ctx.tenantId,
        action: "course.module.scorm",
        targetType: "CourseModule",
        targetId: moduleId,
        before: previous
          ? { title: previous.title, version: previous.version, number: previous.number, learners: learnersOnPrevious }
          : null,
        after: {
          title: scormPackage.title,
          version: scormPackage.version,
          number: (latest?.number ?? 0) + 1,
          scos: scormPackage.scos.length,
          files: scormPackage.files.size,
          bytes,
        },
      });
    });
  } catch (error) {
    await removeStored(storageKey);
    throw error;
  }
  return { version: scormPackage.version, title: scormPackage.title, scos: scormPackage.scos.length };
}
