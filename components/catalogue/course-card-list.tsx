import { GraduationCap, Info } from "lucide-react";
import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { CourseCard } from "@/lib/catalogue/list-visible-courses";
import { formatDuration } from "@/lib/i18n/format-duration";
import { LOCALE_NAMES, isLocale } from "@/lib/i18n/locales";
import { buttonClass } from "@/components/ui/button-class";
import { Panel } from "@/components/ui/panel";
import { CourseDetailsDialog } from "./course-details-dialog";
import { DETAILS_COURSE, DETAILS_TITLE } from "./course-details-trigger";
import { CourseImageView } from "./course-image";

// The cards' image width: one column on a phone, two from 640 px, three from 1024 px in a page at most 80rem wide.
const CARD_SIZES = "(min-width: 1024px) 24rem, (min-width: 640px) 45vw, 100vw";

/**
 * Course cards; with `details`, each card also has a button opening the list's one details dialog, which asks for
 * the course's details then (the cards carry none). The first row loads at once.
 */
export async function CourseCardList({
  courses,
  details = false,
  eager = 3,
}: {
  courses: CourseCard[];
  details?: boolean;
  eager?: number;
}) {
  const [t, types, locale] = await Promise.all([
    getTranslations("Catalogue"),
    getTranslations("CourseType"),
    getLocale(),
  ]);
  const languageNames = (codes: string[]) =>
    codes.map((code) => (isLocale(code) ? LOCALE_NAMES[code] : code)).join(", ");
  const cards = (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {courses.map((course, index) => {
        return (
          <Panel as="li" className="flex flex-col shadow-sm" key={course.id} data-testid="course-card">
            {course.image ? (
              <CourseImageView image={course.image} sizes={CARD_SIZES} lazy={index >= eager} className="mb-3" />
            ) : null}
            <p className="text-xs font-medium uppercase tracking-wide text-slate-600">
              {types(course.type)}
              {course.featured ? (
                <span className="ms-2 rounded bg-amber-100 px-1.5 py-0.5 text-amber-900">{t("featured")}</span>
              ) : null}
            </p>
            <h3 className="mt-1 text-lg font-semibold">
              <Link href={`/courses/${course.id}`} className="hover:underline">
                {course.title}
              </Link>
            </h3>
            <p className="mt-1 flex-1 text-sm text-slate-700">{course.summary}</p>
            <p className="mt-3 flex flex-wrap items-center gap-x-3 text-sm text-slate-600">
              <span>{formatDuration(course.durationMinutes, locale)}</span>
              <span>
                <span className="sr-only">{t("languages")}: </span>
                {languageNames(course.languages)}
              </span>
              {course.hasCertificate ? (
                <span title={t("certificate")} className="inline-flex items-center">
                  <GraduationCap size={18} aria-hidden="true" />
                  <span className="sr-only">{t("certificate")}</span>
                </span>
              ) : null}
            </p>
            {details ? (
              <div className="mt-3">
                <button
                  type="button"
                  className={buttonClass(
                    "secondary",
                    "sm",
                    "hidden items-center gap-1.5 group-data-[details-ready]:inline-flex",
                  )}
                  aria-haspopup="dialog"
                  aria-label={t("detailsOf", { title: course.title })}
                  {...{ [DETAILS_COURSE]: course.id, [DETAILS_TITLE]: course.title }}
                  data-testid="course-details-button"
                >
                  <Info size={16} aria-hidden="true" />
                  {t("details")}
                </button>
              </div>
            ) : null}
          </Panel>
        );
      })}
    </ul>
  );
  if (!details) return cards;
  return (
    <CourseDetailsDialog
      words={{
        close: t("closeDetails"),
        loading: t("detailsLoading"),
        failed: t("detailsFailed"),
        goToCourse: t("goToCourse"),
      }}
    >
      {cards}
    </CourseDetailsDialog>
  );
}
