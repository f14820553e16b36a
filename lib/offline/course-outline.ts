// What a downloaded course keeps of its outline: its sections and modules in order with their titles in every
// language, and page modules' text. Nothing that grades (no quiz questions or answers) and nothing of the learner.
import type { TenantTx } from "@/lib/db";

export async function readOutline(tx: TenantTx, courseId: string) {
  const modules = await tx.courseModule.findMany({
    where: { courseId },
    orderBy: { position: "asc" },
    select: {
      id: true,
      kind: true,
      title: true,
      section: { select: { id: true, title: true } },
      content: { select: { body: true } },
    },
  });
  return {
    courseId,
    modules: modules.map((m) => ({
      id: m.id,
      kind: m.kind,
      title: m.title,
      section: m.section,
      ...(m.kind === "PAGE" ? { body: m.content?.body ?? {} } : {}),
    })),
  };
}

export const outlineBytes = (outline: unknown) => Buffer.byteLength(JSON.stringify(outline));
