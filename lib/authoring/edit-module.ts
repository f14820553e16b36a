// A module's kind, required flag and title.
import { NotFound } from "@/lib/errors";
import type { Author } from "./author";
import { moduleSchema } from "./course-input";
import { change } from "./outline-change";
import { parse } from "./parse-input";

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
