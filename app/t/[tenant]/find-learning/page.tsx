import { getLocale, getTranslations } from "next-intl/server";
import { CourseCardList } from "@/components/catalogue/course-card-list";
import { requestContext } from "@/lib/auth/request-context";
import { listVisibleCourses, visibilityScope } from "@/lib/catalogue/list-visible-courses";
import type { Locale } from "@/lib/i18n/locales";

export default async function FindLearningPage() {
  const context = await requestContext();
  const [t, locale] = await Promise.all([getTranslations("Catalogue"), getLocale()]);
  const courses = await listVisibleCourses(visibilityScope(context), locale as Locale, { take: 100 });
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      {context.viewer ? null : <p className="rounded bg-blue-50 p-3 text-blue-950">{t("guestNotice")}</p>}
      <p aria-live="polite" className="text-slate-700">{t("results", { count: courses.length })}</p>
      <CourseCardList courses={courses} />
    </div>
  );
}
