// A course's outline for its author, with the learners on each version of its SCORM packages.
import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { UUID } from "@/lib/ids";
import { packageVersions } from "./package-versions";
import type { Author } from "./author";
import { loadOutline } from "./outline-change";
import { ownCourse } from "./own-course";

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
