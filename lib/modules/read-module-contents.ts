// What the outline editor shows of each video, resource and page module of an author's course.
import type { TenantTx } from "@/lib/db";

export type AuthoredContent = Awaited<ReturnType<typeof readModuleContents>> extends Map<string, infer C> ? C : never;

/** The course's module contents by module, in the caller's transaction (the caller checked the course). */
export async function readModuleContents(tx: TenantTx, courseId: string) {
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
}
