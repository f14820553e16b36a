// The information point's input and limits (ADR 0048). Messages are keys of the Fields namespace.
import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { MAX_BODY_CHARS } from "@/lib/discussions/schemas";

export const ANNOUNCEMENTS_PER_PAGE = 10;
export const DOCUMENTS_PER_PAGE = 20;

const locale = z.enum(LOCALES, "required");
const title = z.string("required").trim().min(1, "required").max(200, "tooLong");

/** An announcement's title and formatted body in one language. */
export const announcementSchema = z.object({
  locale,
  title,
  body: z.string("required").trim().min(1, "required").max(MAX_BODY_CHARS, "tooLong"),
});

/** A document's title in one language. */
export const documentTitleSchema = z.object({ locale, title });
