// The preview of an import: what each question of the file becomes, or why it cannot be imported. Nothing is
// stored; the file's text goes back to the form so the import reads exactly what was previewed.
import type { Author } from "@/lib/authoring/author";
import { forTenant } from "@/lib/db";
import { ownCourse } from "@/lib/authoring/own-course";
import { readQuestionImport, type ImportRow } from "./read-question-import";

export interface ImportPreview {
  source: string;
  rows: Array<Omit<ImportRow, "question"> & { question?: undefined }>;
  ready: number;
}

export async function previewQuestionImport(
  author: Author,
  courseId: string,
  input: { format: unknown; locale: unknown; source: string },
): Promise<ImportPreview> {
  await forTenant(author.ctx, (tx) => ownCourse(tx, author, courseId));
  const rows = readQuestionImport(input);
  return {
    source: input.source,
    rows: rows.map((row) => ({ ...row, question: undefined })),
    ready: rows.filter((r) => r.question).length,
  };
}
