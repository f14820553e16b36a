import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/tables/data-table";
import { listAuthoredCourses } from "@/lib/authoring/list-authored-courses";
import type { Locale } from "@/lib/i18n/locales";
import { loadPage } from "@/lib/http/load-page";
import { authorOn } from "@/lib/authoring/author";
import { ButtonLink } from "@/components/ui/button-link";
import { PageTitle } from "@/components/ui/page-title";
import { EmptyState } from "@/components/ui/empty-state";
import { TextLink } from "@/components/ui/text-link";

// The author's courses, drafts first: core courses on the root site, the administration's own on its space.
export default async function AuthoredCoursesPage() {
  const { site, viewer } = await loadPage({ signIn: "/author/courses", can: "authoring.author" });
  const author = authorOn(site, viewer);
  const [t, types, format, locale, certificates] = await Promise.all([
    getTranslations("Authoring"),
    getTranslations("CourseType"),
    getFormatter(),
    getLocale(),
    getTranslations("Certificates"),
  ]);
  const courses = await listAuthoredCourses(author, locale as Locale);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <PageTitle>{author.core ? t("coreTitle") : t("ownTitle")}</PageTitle>
        <div className="flex flex-wrap gap-2">
          <ButtonLink href="/author/news" variant="secondary">
            {t("news")}
          </ButtonLink>
          <ButtonLink href="/author/help-pages" variant="secondary">
            {t("helpPages")}
          </ButtonLink>
          {author.core ? null : (
            <ButtonLink href="/author/signatory" variant="secondary">
              {certificates("signaturesTab")}
            </ButtonLink>
          )}
          <ButtonLink href="/author/courses/new">{t("newCourse")}</ButtonLink>
        </div>
      </div>
      {courses.length === 0 ? (
        <EmptyState>{t("noCourses")}</EmptyState>
      ) : (
        <DataTable
          caption={t("ownTitle")}
          columns={[
            { label: t("code") },
            { label: t("title") },
            { label: t("type") },
            { label: t("status") },
            { label: t("updated") },
          ]}
        >
          {courses.map((course) => (
            <tr key={course.id} className="border-b border-slate-100" data-testid="authored-course">
              <td className="p-2">{course.code}</td>
              <td className="p-2">
                <TextLink href={`/author/courses/${course.id}`}>{course.title}</TextLink>
              </td>
              <td className="p-2">{types(course.type)}</td>
              <td className="p-2">{t(`statusValue.${course.status}`)}</td>
              <td className="p-2">{format.dateTime(course.updatedAt, { dateStyle: "medium" })}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
