// The published courses a viewer may see on a site: the site tenant's own courses and the WCO core
// courses for the viewer's audience, region and country. Guests see only courses open to guests.
import type { VisibilityScope } from "@/lib/auth/visibility-scope";
import { forTenant, type CourseType } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { courseImage, type CourseImage } from "./course-image";
import { visibilityWhere } from "./visibility-where";

export interface CourseCard {
  id: string;
  code: string;
  type: CourseType;
  title: string;
  summary: string;
  languages: string[];
  durationMinutes: number;
  featured: boolean;
  hasCertificate: boolean;
  image: CourseImage | null;
}

export async function listVisibleCourses(
  scope: VisibilityScope,
  locale: Locale,
  options: { featuredOnly?: boolean; take?: number } = {},
): Promise<CourseCard[]> {
  const courses = await forTenant(scope.ctx, (db) =>
    db.course.findMany({
      where: { ...visibilityWhere(scope), ...(options.featuredOnly ? { featured: true } : {}) },
      orderBy: [{ featured: "desc" }, { code: "asc" }],
      take: options.take ?? 50,
      select: {
        id: true,
        code: true,
        type: true,
        languages: true,
        durationMinutes: true,
        featured: true,
        hasCertificate: true,
        imageKey: true,
        imageAlt: true,
        imageDecorative: true,
        translations: {
          where: { locale: { in: [locale, "en"] } },
          select: { locale: true, title: true, summary: true },
        },
      },
    }),
  );
  return courses.map(({ translations, imageKey, imageAlt, imageDecorative, ...course }) => {
    const text = translations.find((tr) => tr.locale === locale) ??
      translations.find((tr) => tr.locale === "en") ?? { title: course.code, summary: "" };
    const image = courseImage({ id: course.id, imageKey, imageAlt, imageDecorative }, locale, text.title);
    return { ...course, title: text.title, summary: text.summary, image };
  });
}
