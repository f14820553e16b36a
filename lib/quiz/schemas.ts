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
