// The learning area's input rules. Messages are keys of the forms' "Fields" messages.
import { z } from "zod";

const rating = z.coerce
  .number("ratingRequired")
  .int("ratingRequired")
  .min(1, "ratingRequired")
  .max(5, "ratingRequired");
/** The course evaluation: three ratings from 1 to 5 and a comment. */
export const evaluationSchema = z.object({
  content: rating,
  usefulness: rating,
  recommend: rating,
  comments: z.string().trim().max(4_000, "tooLong"),
});

/** A saved search of the Record of Learning: its name (unique per learner) and the search it keeps. */
export const savedSearchSchema = z.object({
  name: z.string().trim().min(1, "required").max(80, "tooLong"),
  query: z.string().trim().max(200, "tooLong"),
});

export const savedSearchNameSchema = savedSearchSchema.pick({ name: true });
