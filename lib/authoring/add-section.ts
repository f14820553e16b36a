// A new section at the end of a course's outline.
import type { Author } from "./author";
import { localizedTitleSchema } from "./course-input";
import { change } from "./outline-change";
import { parse } from "./parse-input";

export async function addSection(author: Author, courseId: string, titleInput: unknown) {
  const title = parse(localizedTitleSchema, titleInput);
  await change(author, courseId, "course.section.add", async (tx, outline) => {
    // Owner, isCore and audience are copied from the course by a trigger whatever is written here.
    const section = await tx.courseSection.create({
      data: { tenantId: author.ctx.tenantId, courseId, audience: "CUSTOMS_ONLY", position: outline.length, title },
    });
    return { sectionId: section.id, title };
  });
}
