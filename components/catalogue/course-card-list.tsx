import { GraduationCap } from "lucide-react";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { CourseCard } from "@/lib/catalogue/list-visible-courses";
import { formatDuration } from "@/lib/i18n/format-duration";
import { LOCALE_NAMES, isLocale } from "@/lib/i18n/locales";
import { Panel } from "@/components/ui/panel";

export async function CourseCardList({ courses }: { courses: CourseCard[] }) {
  const [t, types, locale] = await Promise.all([
    getTranslations("Catalogue"),
    getTranslations("CourseType"),
    getLocale(),
  ]);
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {courses.map((course) => (
        <Panel as="li" className="flex flex-col shadow-sm" key={course.id} data-testid="course-card">
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
              {course.languages.map((code) => (isLocale(code) ? LOCALE_NAMES[code] : code)).join(", ")}
            </span>
            {course.hasCertificate ? (
              <span title={t("certificate")} className="inline-flex items-center">
                <GraduationCap size={18} aria-hidden="true" />
                <span className="sr-only">{t("certificate")}</span>
              </span>
            ) : null}
          </p>
        </Panel>
      ))}
    </ul>
  );
}
