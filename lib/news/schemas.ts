// The news area's input: an item's title and text in one language (its original one, or a translation).
import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";

export const newsSchema = z.object({
  locale: z.enum(LOCALES, "required"),
  title: z.string().trim().min(1, "required").max(200, "tooLong"),
  body: z.string().trim().min(1, "required").max(5_000, "tooLong"),
});
