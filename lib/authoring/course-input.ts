// What an author may write about a course: its settings, and its texts in one language at a time.
import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";

export const COURSE_TYPES = ["ELEARNING", "WORKSHOP", "RESOURCE", "VCOA"] as const;
export const AUDIENCES = ["CUSTOMS_ONLY", "MEMBERS", "PUBLIC"] as const;
export const WCO_REGIONS = [
  "EAST_SOUTHERN_AFRICA",
  "WEST_CENTRAL_AFRICA",
  "NORTH_AFRICA_MIDDLE_EAST",
  "ASIA_PACIFIC",
  "EUROPE",
  "AMERICAS_CARIBBEAN",
] as const;

export const courseSettingsSchema = z
  .object({
    code: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/, "courseCodeFormat"),
    type: z.enum(COURSE_TYPES, "required"),
    audience: z.enum(AUDIENCES, "required"),
    regions: z.array(z.enum(WCO_REGIONS)),
    countries: z
      .array(
        z
          .string()
          .trim()
          .toUpperCase()
          .regex(/^[A-Z]{2}$/, "countryCodes"),
      )
      .max(200),
    languages: z.array(z.enum(LOCALES)).min(1, "languagesRequired"),
    topics: z.array(z.string().max(64)).max(20),
    durationMinutes: z
      .number("durationFormat")
      .int("durationFormat")
      .min(1, "durationFormat")
      .max(100_000, "durationFormat"),
    featured: z.boolean(),
    guestAccess: z.boolean(),
    selfEnrolment: z.boolean(),
    hasCertificate: z.boolean(),
    certificateValidityMonths: z
      .number("validityFormat")
      .int("validityFormat")
      .min(1, "validityFormat")
      .max(120, "validityFormat")
      .nullable(),
  })
  // Guests are never Customs officers: only public courses may be opened to them.
  .refine((c) => !c.guestAccess || c.audience === "PUBLIC", {
    path: ["guestAccess"],
    message: "guestAccessNeedsPublic",
  })
  .refine((c) => c.hasCertificate || c.certificateValidityMonths === null, {
    path: ["certificateValidityMonths"],
    message: "validityNeedsCertificate",
  });
export type CourseSettings = z.infer<typeof courseSettingsSchema>;

export const courseTextSchema = z.object({
  locale: z.enum(LOCALES, "required"),
  title: z.string().trim().min(1, "required").max(200, "tooLong"),
  summary: z.string().trim().max(500, "tooLong"),
  description: z.string().trim().max(20_000, "tooLong"),
  objectives: z.array(z.string().trim().min(1).max(300, "tooLong")).max(20, "tooMany"),
});
export type CourseText = z.infer<typeof courseTextSchema>;

/** A title in one or more languages (sections and modules); at least one language. */
export const localizedTitleSchema = z
  .partialRecord(z.enum(LOCALES), z.string().trim().max(200, "tooLong"))
  .transform((titles) => Object.fromEntries(Object.entries(titles).filter(([, title]) => title)))
  .refine((titles) => Object.keys(titles).length > 0, "required");

export const MODULE_KINDS = ["SCORM", "VIDEO", "RESOURCE", "PAGE", "QUIZ", "EVALUATION"] as const;
export const moduleSchema = z.object({
  kind: z.enum(MODULE_KINDS, "required"),
  title: localizedTitleSchema,
  required: z.boolean(),
});

/** A SCORM module's attempt settings (docs/decisions/0021-scorm-attempts.md); no maximum: unlimited. */
export const scormSettingsSchema = z.object({
  maxAttempts: z
    .number("maxAttemptsFormat")
    .int("maxAttemptsFormat")
    .min(1, "maxAttemptsFormat")
    .max(100, "maxAttemptsFormat")
    .nullable(),
  grading: z.enum(["HIGHEST", "LAST", "FIRST", "AVERAGE"], "gradingMethod"),
  newAttemptAfterCompletion: z.boolean(),
});

/** A course image upload: at most 5 MiB (the production server's body guard knows it) and 40 megapixels. */
export const MAX_COURSE_IMAGE_BYTES = 5 * 1024 * 1024;
export const MAX_COURSE_IMAGE_PIXELS = 40_000_000;

/**
 * The image's alternative text in one language, required unless the image is decorative; a decorative image has
 * none, so a description typed with it is refused rather than dropped.
 */
export const courseImageTextSchema = z
  .object({
    locale: z.enum(LOCALES),
    alt: z.string().trim().max(250, "imageAltTooLong"),
    decorative: z.boolean(),
  })
  .refine((text) => text.decorative || text.alt.length > 0, { path: ["imageAlt"], message: "imageAltRequired" })
  .refine((text) => !text.decorative || text.alt.length === 0, { path: ["imageAlt"], message: "imageAltDecorative" });
