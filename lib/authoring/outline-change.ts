// Shared by the outline's use cases: sections and modules of a course in the designer's order. The whole
// outline is read, changed in memory and written back, so positions always run 0..n-1 without gaps.
import { forgetCatalogue } from "@/lib/catalogue/candidate-cache";
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant, type TenantTx } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { UUID } from "@/lib/ids";
import type { Author } from "./author";
import { ownCourse } from "./own-course";

export type Direction = "up" | "down";

export async function loadOutline(tx: TenantTx, courseId: string) {
  const [sections, modules] = await Promise.all([
    tx.courseSection.findMany({ where: { courseId }, orderBy: { position: "asc" } }),
    tx.courseModule.findMany({
      where: { courseId },
      orderBy: { position: "asc" },
      include: {
        scormPackages: {
          where: { replacedAt: null },
          select: { title: true, version: true, number: true, _count: { select: { scos: true } } },
        },
      },
    }),
  ]);
  return sections.map((section) => ({ ...section, modules: modules.filter((m) => m.sectionId === section.id) }));
}
export type Outline = Awaited<ReturnType<typeof loadOutline>>;

// Module positions are unique in a course: changed rows first move out of the way (negative), then home.
export async function writeOrder(tx: TenantTx, outline: Outline) {
  for (const [index, section] of outline.entries()) {
    if (section.position !== index)
      await tx.courseSection.update({ where: { id: section.id }, data: { position: index } });
  }
  const modules = outline.flatMap((section) =>
    section.modules.map((m) => ({ id: m.id, position: m.position, from: m.sectionId, to: section.id })),
  );
  const changed = modules
    .map((m, index) => ({ m, index }))
    .filter(({ m, index }) => m.position !== index || m.from !== m.to);
  for (const { m, index } of changed)
    await tx.courseModule.update({ where: { id: m.id }, data: { position: -1 - index } });
  for (const { m, index } of changed)
    await tx.courseModule.update({ where: { id: m.id }, data: { position: index, sectionId: m.to } });
}

/** Runs an outline change on the author's own course, audits it, and refreshes the catalogue. */
export async function change(
  author: Author,
  courseId: string,
  action: string,
  work: (tx: TenantTx, outline: Outline) => Promise<Record<string, unknown>>,
) {
  if (!UUID.test(courseId)) throw new NotFound();
  await forTenant(author.ctx, async (tx) => {
    await ownCourse(tx, author, courseId);
    const outline = await loadOutline(tx, courseId);
    const details = await work(tx, outline);
    await recordAudit(tx, author.actor, {
      tenantId: author.ctx.tenantId,
      action,
      targetType: "Course",
      targetId: courseId,
      after: details,
    });
  });
  await forgetCatalogue();
}

export function move<T>(list: T[], index: number, direction: Direction): boolean {
  const target = direction === "up" ? index - 1 : index + 1;
  if (index < 0 || target < 0 || target >= list.length) return false;
  [list[index], list[target]] = [list[target], list[index]];
  return true;
}
