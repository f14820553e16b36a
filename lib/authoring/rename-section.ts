// A section's title, in the languages given.
import { NotFound } from "@/lib/errors";
import type { Author } from "./author";
import { localizedTitleSchema } from "./course-input";
import { change } from "./outline-change";
import { parse } from "./parse-input";

/** Sets the section's title in the languages given (an empty title removes that language). */
export async function renameSection(
  author: Author,
  courseId: string,
  sectionId: string,
  titles: Record<string, string>,
) {
  await change(author, courseId, "course.section.rename", async (tx, outline) => {
    const section = outline.find((s) => s.id === sectionId);
    if (!section) throw new NotFound();
    const title = parse(localizedTitleSchema, { ...(section.title as Record<string, string>), ...titles });
    await tx.courseSection.update({ where: { id: sectionId }, data: { title } });
    return { sectionId, before: section.title, title };
  });
}
