// What authors and learners' players may send about video, resource and page modules.
import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { contentLimits } from "./content-limits";

export const videoSettingsSchema = z.object({
  watchPercent: z.coerce
    .number("watchPercentRange")
    .int("watchPercentRange")
    .min(1, "watchPercentRange")
    .max(100, "watchPercentRange"),
});

export const linkSchema = z.object({
  url: z
    .string()
    .trim()
    .max(2000, "webLinkInvalid")
    .refine((value) => {
      try {
        return new URL(value).protocol === "https:";
      } catch {
        return false;
      }
    }, "webLinkInvalid"),
});

export const captionLocaleSchema = z.object({ locale: z.enum(LOCALES, "captionsLocale") });

/** A page module's text in one language; an empty text removes that language. */
export const pageTextSchema = z.object({
  locale: z.enum(LOCALES, "required"),
  text: z.string().trim().max(contentLimits().pageCharacters, "pageTooLong"),
});

/** A progress report of the video player: segments played since the last report, and where it stands. */
export const videoProgressSchema = z.object({
  segments: z.array(z.tuple([z.number().finite().min(0), z.number().finite().min(0)])).max(50),
  position: z.number().finite().min(0),
});
