// The SCORM module of a course its author owns, for the attempt settings' use cases; NotFound otherwise.
import type { Author } from "@/lib/authoring/author";
import { ownCourse } from "@/lib/authoring/own-course";
import type { TenantTx } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { UUID } from "@/lib/ids";

export async function scormModule(tx: TenantTx, author: Author, courseId: string, moduleId: string) {
  await ownCourse(tx, author, courseId);
  const found = UUID.test(moduleId)
    ? await tx.courseModule.findFirst({ where: { id: moduleId, courseId }, select: { kind: true, title: true } })
    : null;
  if (!found || found.kind !== "SCORM") throw new NotFound();
  return found;
}
