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
