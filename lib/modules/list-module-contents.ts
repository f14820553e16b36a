// What the outline editor shows of each video, resource and page module of an author's course.
import type { Author } from "@/lib/authoring/author";
import { ownCourse } from "@/lib/authoring/own-course";
import { forTenant } from "@/lib/db";

export type AuthoredContent = Awaited<ReturnType<typeof listModuleContents>> extends Map<string, infer C> ? C : never;

export async function listModuleContents(author: Author, courseId: string) {
  return forTenant(author.ctx, async (tx) => {
    await ownCourse(tx, author, courseId);
    const rows = await tx.moduleContent.findMany({
      where: { courseId },
      select: {
        moduleId: true,
        fileName: true,
        bytes: true,
        durationSeconds: true,
        watchPercent: true,
        captions: true,
        url: true,
        body: true,
        storageKey: true,
      },
    });
    return new Map(rows.map((row) => [row.moduleId, { ...row, body: row.body as Record<string, string> }]));
  });
}
