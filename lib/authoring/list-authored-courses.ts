// The author's own courses, drafts included, for the authoring pages.
import { forTenant, type TenantTx } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import type { Author } from "./author";
import { ownCourse } from "./own-course";

export async function listAuthoredCourses(author: Author, locale: Locale) {
  const courses = await forTenant(author.ctx, (tx) =>
    tx.course.findMany({
      where: { tenantId: author.ctx.tenantId },
      orderBy: [{ status: "asc" }, { code: "asc" }],
      select: {
        id: true,
        code: true,
        type: true,
        status: true,
        updatedAt: true,
        translations: { where: { locale: { in: [locale, "en"] } }, select: { locale: true, title: true } },
      },
    }),
  );
  return courses.map(({ translations, ...course }) => ({
    ...course,
    title:
      (translations.find((t) => t.locale === locale) ?? translations.find((t) => t.locale === "en") ?? translations[0])
        ?.title ?? course.code,
  }));
}

/** One course with all its texts, for the editing form, in the caller's transaction; NotFound unless the author's. */
export async function readAuthoredCourse(tx: TenantTx, author: Author, courseId: string) {
  const course = await ownCourse(tx, author, courseId);
  const translations = await tx.courseTranslation.findMany({
    where: { courseId },
    select: { locale: true, title: true, summary: true, description: true, objectives: true },
  });
  return { ...course, translations };
}
