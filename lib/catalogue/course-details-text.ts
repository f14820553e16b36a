// The catalogue's details panel of one course as the reader reads it, answered as JSON when the panel opens (the
// User Guide's "details section"): whether the viewer is enrolled, the description, type, languages, duration and
// modules, and the way in: "Go to course" (the course page, where the viewer may also be told how to join),
// "Enrol now" where a signed-in viewer may enrol at once.
import { formatDuration } from "@/lib/i18n/format-duration";
import { LOCALE_NAMES, isLocale, type Locale } from "@/lib/i18n/locales";
import type { CourseDetails } from "./read-course-details";

export interface CourseDetailsText {
  enrolled: boolean;
  status: string;
  description: string;
  facts: { term: string; value: string }[];
  modulesHeading: string;
  modules: { id: string; title: string; kind: string }[];
  open: { href: string; label: string };
  /** The enrolment form's address and button, where the viewer may enrol at once. */
  enrol: { action: string; label: string } | null;
}

/** The reader's messages by full key ("Catalogue.type"), as next-intl's `getTranslations({ locale })` gives them. */
export type Translate = (key: string, values?: { count: number }) => string;

export function courseDetailsText(
  details: CourseDetails,
  locale: Locale,
  signedIn: boolean,
  translate: Translate,
): CourseDetailsText {
  const t = (key: string, values?: { count: number }) => translate(`Catalogue.${key}`, values);
  const types = (type: string) => translate(`CourseType.${type}`);
  const kinds = (kind: string) => translate(`Course.kind.${kind}`);
  const { id, enrolled } = details;
  return {
    enrolled,
    status: enrolled ? t("detailsEnrolled") : t("detailsNotEnrolled"),
    description: details.description || details.summary,
    facts: [
      { term: t("type"), value: types(details.type) },
      {
        term: t("languages"),
        value: details.languages.map((code) => (isLocale(code) ? LOCALE_NAMES[code] : code)).join(", "),
      },
      { term: t("duration"), value: formatDuration(details.durationMinutes, locale) },
    ],
    modulesHeading: t("modules", { count: details.modules.length }),
    modules: details.modules.map((m) => ({ id: m.id, title: m.title, kind: kinds(m.kind) })),
    open: enrolled
      ? { href: `/courses/${id}?tab=course`, label: t("openCourse") }
      : { href: `/courses/${id}`, label: t("goToCourse") },
    enrol:
      signedIn && !enrolled && details.selfEnrolment && details.type !== "WORKSHOP"
        ? { action: `/api/courses/${id}/enrol`, label: t("enrolNow") }
        : null,
  };
}
