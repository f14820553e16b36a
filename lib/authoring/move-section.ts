// A section one place up or down in the outline.
import { NotFound } from "@/lib/errors";
import type { Author } from "./author";
import { change, move, writeOrder, type Direction } from "./outline-change";

export async function moveSection(author: Author, courseId: string, sectionId: string, direction: Direction) {
  await change(author, courseId, "course.section.move", async (tx, outline) => {
    if (
      !move(
        outline,
        outline.findIndex((s) => s.id === sectionId),
        direction,
      )
    )
      throw new NotFound();
    await writeOrder(tx, outline);
    return { sectionId, direction };
  });
}
