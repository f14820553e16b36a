// A new module at the end of a section.
import { NotFound } from "@/lib/errors";
import type { Author } from "./author";
import { moduleSchema } from "./course-input";
import { change, writeOrder } from "./outline-change";
import { parse } from "./parse-input";

export async function addModule(author: Author, courseId: string, sectionId: string, input: unknown) {
  const data = parse(moduleSchema, input);
  await change(author, courseId, "course.module.add", async (tx, outline) => {
    const section = outline.find((s) => s.id === sectionId);
    if (!section) throw new NotFound();
    const created = await tx.courseModule.create({
      data: {
        ...data,
        tenantId: author.ctx.tenantId,
        courseId,
        sectionId,
        audience: "CUSTOMS_ONLY",
        position: 100_000,
      },
    });
    section.modules.push({ ...created, scormPackages: [] });
    await writeOrder(tx, outline);
    return { moduleId: created.id, ...data };
  });
}
