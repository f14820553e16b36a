// The news area's input: one item in one language.
import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";

export const newsSchema = z.object({
  locale: z.enum(LOCALES, "required"),
  title: z.string().trim().min(1, "required").max(200, "tooLong"),
  body: z.string().trim().min(1, "required").max(5_000, "tooLong"),
});
