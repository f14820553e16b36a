// The quiz module an author may change: a QUIZ module of their own course, or NotFound.
import type { Author } from "@/lib/authoring/author";
import { ownCourse } from "@/lib/authoring/own-course";
import type { TenantTx } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { UUID } from "@/lib/ids";

export async function quizModule(tx: TenantTx, author: Author, courseId: string, moduleId: string) {
  await ownCourse(tx, author, courseId);
  const quiz = UUID.test(moduleId)
    ? await tx.courseModule.findFirst({
        where: { id: moduleId, courseId },
        select: { id: true, kind: true, title: true },
      })
    : null;
  if (!quiz || quiz.kind !== "QUIZ") throw new NotFound();
  return quiz;
}
