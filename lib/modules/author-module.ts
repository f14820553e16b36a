// The module an author changes the content of: in a course of their own, of the expected kind; anyone else
// (another tenant's author, a module of another course) gets NotFound, a module of another kind Invalid.
import type { Author } from "@/lib/authoring/author";
import { ownCourse } from "@/lib/authoring/own-course";
import type { TenantTx } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { UUID } from "@/lib/ids";

export type ContentKind = "VIDEO" | "RESOURCE" | "PAGE";

export async function authorModule(
  tx: TenantTx,
  author: Author,
  courseId: string,
  moduleId: string,
  kind: ContentKind,
) {
  if (!UUID.test(moduleId)) throw new NotFound();
  await ownCourse(tx, author, courseId);
  const courseModule = await tx.courseModule.findFirst({
    where: { id: moduleId, courseId },
    select: { id: true, kind: true, content: true },
  });
  if (!courseModule) throw new NotFound();
  if (courseModule.kind !== kind) throw new Invalid({ content: "wrongModuleKind" });
  return courseModule;
}
