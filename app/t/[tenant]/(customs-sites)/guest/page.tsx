import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CourseCardList } from "@/components/catalogue/course-card-list";
import { ButtonLink } from "@/components/ui/button-link";
import { PageTitle } from "@/components/ui/page-title";
import { SectionTitle } from "@/components/ui/section-title";
import { TextLink } from "@/components/ui/text-link";
import { guestScope } from "@/lib/guest/guest-scope";
import { viewGuestCourses } from "@/lib/guest/view-guest-courses";
import { loadPage } from "@/lib/http/load-page";
import type { Locale } from "@/lib/i18n/locales";

// The sign-in page's "Log in as a guest" (the User Guide's): the courses whose author opened them to guests on
// this site, opened without an account; nothing of a guest is recorded (ADR 0042).
export default async function GuestPage() {
  const [context, t, locale] = await Promise.all([loadPage(), getTranslations("Guest"), getLocale()]);
  const scope = guestScope(context);
  if (!scope) redirect("/find-learning");
  const courses = await viewGuestCourses(scope, locale as Locale);
  return (
    <div className="space-y-4">
      <PageTitle>{t("title")}</PageTitle>
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      <p className="max-w-3xl text-slate-700">{t("quizzes")}</p>
      <p className="flex flex-wrap gap-3">
        <ButtonLink href="/sign-in" variant="secondary">
          {t("signIn")}
        </ButtonLink>
      </p>
      <section aria-labelledby="guest-courses" className="space-y-3">
        <SectionTitle id="guest-courses">{t("courses")}</SectionTitle>
        {courses.length ? <CourseCardList courses={courses} details /> : <p>{t("none")}</p>}
        <p>
          <TextLink href="/find-learning">{t("catalogue")}</TextLink>
        </p>
      </section>
    </div>
  );
}
