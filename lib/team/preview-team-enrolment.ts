// The preview of a manager's enrolment: what each line of the list becomes, or why it cannot be enrolled.
// Nothing is stored; the list's text goes back to the form so the enrolment reads exactly what was previewed.
import { Invalid } from "@/lib/errors";
import { fieldMessages } from "@/lib/field-messages";
import { enrolmentCourse, readEnrolmentLines, type EnrolmentCourse, type EnrolmentLine } from "./enrolment-lines";
import { teamEnrolmentSchema } from "./schemas";
import { inTeamTransaction, teamScope, type Manager } from "./team-scope";

export interface EnrolmentPreview {
  source: string;
  course: EnrolmentCourse;
  /** YYYY-MM-DD, or null without a due date. */
  dueDate: string | null;
  lines: EnrolmentLine[];
  ready: number;
}

export async function previewTeamEnrolment(
  manager: Manager,
  input: { courseId: unknown; dueDate: unknown; source: string },
): Promise<EnrolmentPreview> {
  const scope = teamScope(manager);
  const parsed = teamEnrolmentSchema.safeParse(input);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  return inTeamTransaction(scope, "preview an enrolment list", async (tx) => {
    const course = await enrolmentCourse(tx, scope, parsed.data.courseId);
    const lines = await readEnrolmentLines(tx, scope, course, input.source);
    return {
      source: input.source,
      course: { id: course.id, code: course.code, title: course.title },
      dueDate: parsed.data.dueDate?.toISOString().slice(0, 10) ?? null,
      lines,
      ready: lines.filter((l) => !l.error).length,
    };
  });
}
