// A module one place up or down, across sections at their ends.
import { NotFound } from "@/lib/errors";
import type { Author } from "./author";
import { change, move, writeOrder, type Direction } from "./outline-change";

/** Moves a module within its section, or across into the neighbouring section at its near end. */
export async function moveModule(author: Author, courseId: string, moduleId: string, direction: Direction) {
  await change(author, courseId, "course.module.move", async (tx, outline) => {
    const sectionIndex = outline.findIndex((s) => s.modules.some((m) => m.id === moduleId));
    if (sectionIndex < 0) throw new NotFound();
    const modules = outline[sectionIndex].modules;
    const index = modules.findIndex((m) => m.id === moduleId);
    if (!move(modules, index, direction)) {
      const neighbour = outline[direction === "up" ? sectionIndex - 1 : sectionIndex + 1];
      if (!neighbour) throw new NotFound();
      const [moved] = modules.splice(index, 1);
      if (direction === "up") neighbour.modules.push(moved);
      else neighbour.modules.unshift(moved);
    }
    await writeOrder(tx, outline);
    return { moduleId, direction };
  });
}
