// The quiz area's input: a quiz's settings (the question input is read by question-input.ts).
import { z } from "zod";

export const DEFAULT_QUIZ_SETTINGS = {
  drawCount: null,
  shuffle: true,
  timeLimitMinutes: null,
  maxAttempts: null,
  passPercent: 70,
  review: true,
};

export const settingsSchema = z.object({
  drawCount: z.number("wholeNumber").int("wholeNumber").min(1, "wholeNumber").max(500, "wholeNumber").nullable(),
  shuffle: z.boolean(),
  timeLimitMinutes: z.number("wholeNumber").int("wholeNumber").min(1, "wholeNumber").max(600, "wholeNumber").nullable(),
  maxAttempts: z.number("wholeNumber").int("wholeNumber").min(1, "wholeNumber").max(100, "wholeNumber").nullable(),
  passPercent: z
    .number("passPercentFormat")
    .int("passPercentFormat")
    .min(0, "passPercentFormat")
    .max(100, "passPercentFormat"),
  review: z.boolean(),
});

/** A category of a course's question bank. */
export const categorySchema = z.object({ name: z.string().trim().min(1, "required").max(100, "tooLong") });

/** A quiz's random entry: this many questions drawn from a category for each attempt. */
export const randomDrawSchema = z.object({
  categoryId: z.string().min(1, "required"),
  drawCount: z.number("wholeNumber").int("wholeNumber").min(1, "wholeNumber").max(500, "wholeNumber"),
});
