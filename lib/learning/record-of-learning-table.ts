import type { Table } from "@/lib/reports/table-export";
import type { MyCourse } from "./list-my-courses";

/** The record of learning as a table, with translated headers and course types. */
export function recordOfLearningTable(
  courses: MyCourse[],
  labels: { title: string; header: string[]; type: (type: string) => string; status: (status: string) => string },
): Table {
  return {
    title: labels.title,
    header: labels.header,
    widths: [1.2, 4, 1.2, 1.2, 1.2, 0.8],
    rows: courses.map((c) => [
      labels.type(c.type),
      c.title,
      c.dueAt,
      c.completedAt,
      labels.status(c.status),
      c.progressPercent,
    ]),
  };
}
