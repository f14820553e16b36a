// Sections and modules of a course in the designer's order: add, edit, move, remove. The whole outline is
// read, changed in memory and written back, so positions always run 0..n-1 without gaps.
import { forgetCatalogue } from "@/lib/catalogue/candidate-cache";
import { recordAudit } from "@/lib/console/audit-log";
import { asPlatform, forTenant, type TenantTx } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { z } from "zod";
import type { Author } from "./author";
import { localizedTitleSchema } from "./course-input";
import { ownCourse, parse } from "./save-course";
import { UUID } from "@/lib/ids";
import { packageVersions } from "@/lib/authoring/package-versions";

const MODULE_KINDS = ["SCORM", "VIDEO", "RESOURCE", "PAGE", "QUIZ", "EVALUATION"] as const;
const moduleSchema = z.object({
  kind: z.enum(MODULE_KINDS, "required"),
  title: localizedTitleSchema,
  required: z.boolean(),
});

export type Direction = "up" | "down";

async function loadOutline(tx: TenantTx, courseId: string) {
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
type Outline = Awaited<ReturnType<typeof loadOutline>>;

// Module positions are unique in a course: changed rows first move out of the way (negative), then home.
async function writeOrder(tx: TenantTx, outline: Outline) {
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
async function change(
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

function move<T>(list: T[], index: number, direction: Direction): boolean {
  const target = direction === "up" ? index - 1 : index + 1;
  if (index < 0 || target < 0 || target >= list.length) return false;
  [list[index], list[target]] = [list[target], list[index]];
  return true;
}

export async function getOutline(author: Author, courseId: string) {
  if (!UUID.test(courseId)) throw new NotFound();
  const outline = await forTenant(author.ctx, async (tx) => {
    await ownCourse(tx, author, courseId);
    return loadOutline(tx, courseId);
  });
  // The author sees, before uploading a new version, how many learners are on each one.
  const versions = await packageVersions(
    author,
    outline.flatMap((s) => s.modules.filter((m) => m.kind === "SCORM").map((m) => m.id)),
  );
  return outline.map((section) => ({
    ...section,
    modules: section.modules.map((m) => ({ ...m, scormVersions: versions.get(m.id) ?? [] })),
  }));
}

export async function addSection(author: Author, courseId: string, titleInput: unknown) {
  const title = parse(localizedTitleSchema, titleInput);
  await change(author, courseId, "course.section.add", async (tx, outline) => {
    // Owner, isCore and audience are copied from the course by a trigger whatever is written here.
    const section = await tx.courseSection.create({
      data: { tenantId: author.ctx.tenantId, courseId, audience: "CUSTOMS_ONLY", position: outline.length, title },
    });
    return { sectionId: section.id, title };
  });
}

/** Sets the section's title in the languages given (an empty title removes that language). */
export async function renameSection(
  author: Author,
  courseId: string,
  sectionId: string,
  titles: Record<string, string>,
) {
  await change(author, courseId, "course.section.rename", async (tx, outline) => {
    const section = outline.find((s) => s.id === sectionId);
    if (!section) throw new NotFound();
    const title = parse(localizedTitleSchema, { ...(section.title as Record<string, string>), ...titles });
    await tx.courseSection.update({ where: { id: sectionId }, data: { title } });
    return { sectionId, before: section.title, title };
  });
}

export async function moveSection(author: Author, courseId: string, sectionId: string, direction: Direction) {
  await change(author, courseId, "course.section.move", async (tx, outline) => {
    if (
      !move(
        outline,
        outline.findIndex((s) => s.id === sectionId),
        direction,
      )
    )
      throw new NotFound();
    await writeOrder(tx, outline);
    return { sectionId, direction };
  });
}

export async function removeSection(author: Author, courseId: string, sectionId: string) {
  await change(author, courseId, "course.section.remove", async (tx, outline) => {
    const section = outline.find((s) => s.id === sectionId);
    if (!section) throw new NotFound();
    if (section.modules.length > 0) throw new Invalid({ section: "sectionNotEmpty" });
    await tx.courseSection.delete({ where: { id: sectionId } });
    await writeOrder(
      tx,
      outline.filter((s) => s.id !== sectionId),
    );
    return { sectionId, title: section.title };
  });
}

export async function addModule(author: Author, courseId: string, sectionId: string, input: unknown) {
  const data = parse(moduleSchema, input);
  await change(author, courseId, "course.module.add", async (tx, outline) => {
    const section = outline.find((s) => s.id === sectionId);
    if (!section) throw new NotFound();
    const created = await tx.courseModule.create({
      data: {
        ...data,
        tenantId: author.ctx.tenantId,
        courseId,
        sectionId,
        audience: "CUSTOMS_ONLY",
        position: 100_000,
      },
    });
    section.modules.push({ ...created, scormPackages: [] });
    await writeOrder(tx, outline);
    return { moduleId: created.id, ...data };
  });
}

/** Changes a module's kind, required flag and its title in the languages given (others are kept). */
export async function editModule(
  author: Author,
  courseId: string,
  moduleId: string,
  input: { kind: string; title: Record<string, string>; required: boolean },
) {
  await change(author, courseId, "course.module.edit", async (tx, outline) => {
    const current = outline.flatMap((s) => s.modules).find((m) => m.id === moduleId);
    if (!current) throw new NotFound();
    const data = parse(moduleSchema, {
      ...input,
      title: { ...(current.title as Record<string, string>), ...input.title },
    });
    await tx.courseModule.update({ where: { id: moduleId }, data });
    return { moduleId, before: { kind: current.kind, title: current.title, required: current.required }, ...data };
  });
}

/** Moves a module within its section, or across into the neighbouring section at its near end. */
export async function moveModule(author: Author, courseId: string, moduleId: string, direction: Direction) {
  await change(author, courseId, "course.module.move", async (tx, outline) => {
    const sectionIndex = outline.findIndex((s) => s.modules.some((m) => m.id === moduleId));
    if (sectionIndex < 0) throw new NotFound();
    const modules = outline[sectionIndex].modules;
    const index = modules.findIndex((m) => m.id === moduleId);
    if (!move(modules, index, direction)) {
      const neighbour = outline[direction === "up" ? sectionIndex - 1 : sectionIndex + 1];
      if (!neighbour) throw new NotFound();
      const [moved] = modules.splice(index, 1);
      if (direction === "up") neighbour.modules.push(moved);
      else neighbour.modules.unshift(moved);
    }
    await writeOrder(tx, outline);
    return { moduleId, direction };
  });
}

/** Removes a module nobody has completed; learners' records are never destroyed by authoring. */
export async function removeModule(author: Author, courseId: string, moduleId: string) {
  // Completions belong to the learners' tenants, so counting them needs the platform's view.
  const completions = await asPlatform("authoring: learners' completions of a module before removing it", (tx) =>
    tx.moduleCompletion.count({ where: { moduleId } }),
  );
  if (completions > 0) throw new Invalid({ module: "moduleHasCompletions" });
  await change(author, courseId, "course.module.remove", async (tx, outline) => {
    const section = outline.find((s) => s.modules.some((m) => m.id === moduleId));
    if (!section) throw new NotFound();
    const removed = section.modules.find((m) => m.id === moduleId)!;
    await tx.courseModule.delete({ where: { id: moduleId } });
    section.modules = section.modules.filter((m) => m.id !== moduleId);
    await writeOrder(tx, outline);
    return { moduleId, kind: removed.kind, title: removed.title };
  });
}
