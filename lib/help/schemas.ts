// The help area's input: a site's FAQ or help page in one language.
import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";

export const HELP_PAGE_KINDS = ["FAQ", "HELP"] as const;
export type HelpPageKind = (typeof HELP_PAGE_KINDS)[number];

export const helpPageSchema = z.object({
  kind: z.enum(HELP_PAGE_KINDS, "required"),
  locale: z.enum(LOCALES, "required"),
  /** Empty: the page in that language is removed, and the site shows the next one (English, then the WCO's). */
  body: z.string().trim().max(20_000, "tooLong"),
});

/** The address of each kind of page. */
export const HELP_PAGE_PATH: Record<HelpPageKind, string> = { FAQ: "/faq", HELP: "/help" };
