import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/tables/data-table";
import { listAuthoredCourses } from "@/lib/authoring/list-authored-courses";
import type { Locale } from "@/lib/i18n/locales";
import { loadPage } from "@/lib/http/load-page";
import { authorOn } from "@/lib/authoring/author";

// The author's courses, drafts first: core courses on the root site, the administration's own on its space.
export default async function AuthoredCoursesPage() {
  const { site, viewer } = await loadPage({ signIn: "/author/courses", can: "authoring.author" });
  const author = authorOn(site, viewer);
  const [t, types, format, locale, certificates] = await Promise.all([getTranslations("Authoring"), getTranslations("CourseType"), getFormatter(), getLocale(), getTranslations("Certificates")]);
  const courses = await listAuthoredCourses(author, locale as Locale);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold">{author.core ? t("coreTitle") : t("ownTitle")}</h1>
        <div className="flex gap-2">
          <Link href="/author/news" className="rounded border border-brand px-4 py-2 font-medium text-brand">{t("news")}</Link>
          {author.core ? null : <Link href="/author/signatory" className="rounded border border-brand px-4 py-2 font-medium text-brand">{certificates("signaturesTab")}</Link>}
          <Link href="/author/courses/new" className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-strong">{t("newCourse")}</Link>
        </div>
      </div>
      {courses.length === 0 ? (
        <p className="rounded border border-slate-200 bg-white p-4">{t("noCourses")}</p>
      ) : (
        <DataTable caption={t("ownTitle")} columns={[{ label: t("code") }, { label: t("title") }, { label: t("type") }, { label: t("status") }, { label: t("updated") }]}>
          {courses.map((course) => (
            <tr key={course.id} className="border-b border-slate-100" data-testid="authored-course">
              <td className="p-2">{course.code}</td>
              <td className="p-2"><Link href={`/author/courses/${course.id}`} className="text-brand underline">{course.title}</Link></td>
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
