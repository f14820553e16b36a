// Input of the Team forms; messages are keys of the "Fields" namespace.
import { z } from "zod";

const name = z.string("required").trim().min(1, "required").max(100, "tooLong");

export const teamMemberSchema = z.object({
  firstName: name,
  lastName: name,
  position: z
    .string()
    .trim()
    .max(150, "tooLong")
    .optional()
    .nullable()
    .transform((v) => v || null),
});

export type TeamMemberInput = z.input<typeof teamMemberSchema>;

/** An enrolment list (pasted or a CSV file of usernames or e-mail addresses): its size and its number of lines. */
export const ENROL_LIST_MAX_BYTES = 64 * 1024;
export const ENROL_LIST_MAX_LINES = 500;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The course and the optional due date of an enrolment by a manager: a day, today or later (UTC), as its last moment. */
export const teamEnrolmentSchema = z.object({
  courseId: z.uuid("enrolCourseRequired"),
  dueDate: z
    .string()
    .trim()
    .optional()
    .transform((value, context) => {
      if (!value) return null;
      const date = new Date(`${value}T00:00:00Z`);
      if (!DAY.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
        context.addIssue({ code: "custom", message: "dateInvalid" });
        return z.NEVER;
      }
      if (value < new Date().toISOString().slice(0, 10)) {
        context.addIssue({ code: "custom", message: "dueDatePast" });
        return z.NEVER;
      }
      // The end of the day (UTC): the learner has the whole day, and it is overdue once the day is over.
      return new Date(date.getTime() + 86_400_000 - 1);
    }),
});
