// Removing an empty section.
import { Invalid, NotFound } from "@/lib/errors";
import type { Author } from "./author";
import { change, writeOrder } from "./outline-change";

export async function removeSection(author: Author, courseId: string, sectionId: string) {
  await change(author, courseId, "course.section.remove", async (tx, outline) => {
    const section = outline.find((s) => s.id === sectionId);
    if (!section) throw new NotFound();
    if (section.modules.length > 0) throw new Invalid({ section: "sectionNotEmpty" });
    await tx.courseSection.delete({ where: { id: sectionId } });
    await writeOrder(
      tx,
      outline.filter((s) => s.id !== sectionId),
    );
    return { sectionId, title: section.title };
  });
}
