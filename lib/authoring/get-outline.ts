// A course's outline for its author, with the learners on each version of its SCORM packages.
import { forTenant, type TenantTx } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { UUID } from "@/lib/ids";
import { packageVersions, readPackages } from "./package-versions";
import type { Author } from "./author";
import { loadOutline } from "./outline-change";
import { ownCourse } from "./own-course";

export async function getOutline(author: Author, courseId: string) {
  if (!UUID.test(courseId)) throw new NotFound();
  return withVersions(
    await forTenant(author.ctx, async (tx) => {
      await ownCourse(tx, author, courseId);
      return readOutline(tx, courseId);
    }),
  );
}

/** The outline and its SCORM modules' packages, in the caller's transaction (the caller checked the course). */
export async function readOutline(tx: TenantTx, courseId: string) {
  const outline = await loadOutline(tx, courseId);
  const scormModules = outline.flatMap((s) => s.modules.filter((m) => m.kind === "SCORM").map((m) => m.id));
  return { outline, packages: await readPackages(tx, scormModules) };
}

/** The outline with each module's package versions: the author sees, before uploading, how many learners are on each. */
export async function withVersions({ outline, packages }: Awaited<ReturnType<typeof readOutline>>) {
  const versions = await packageVersions(packages);
  return outline.map((section) => ({
    ...section,
    modules: section.modules.map((m) => ({ ...m, scormVersions: versions.get(m.id) ?? [] })),
  }));
}
