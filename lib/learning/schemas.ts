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
