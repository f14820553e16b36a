// Removing a module nobody has completed.
import { asPlatform } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import type { Author } from "./author";
import { change, writeOrder } from "./outline-change";

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
