// What the catalogue's details panel tells about each course of a result page: its description, its modules in
// order, whether it takes self-enrolment and where the viewer stands (enrolled or not). Read for the courses the
// scope may see only, in one transaction; a course it may not see is simply absent.
import type { VisibilityScope } from "@/lib/auth/visibility-scope";
import { forTenant, type ModuleKind } from "@/lib/db";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { visibilityWhere } from "./visibility-where";

export interface CourseDetails {
  description: string;
  modules: { id: string; title: string; kind: ModuleKind }[];
  selfEnrolment: boolean;
  enrolled: boolean;
}

export async function listCourseDetails(
  scope: VisibilityScope,
  locale: Locale,
  courseIds: string[],
  viewerId: string | null,
): Promise<Map<string, CourseDetails>> {
  if (!courseIds.length) return new Map();
  const courses = await forTenant(scope.ctx, (tx) =>
    tx.course.findMany({
      where: { id: { in: courseIds }, ...visibilityWhere(scope) },
      select: {
        id: true,
        selfEnrolment: true,
        translations: { where: { locale: { in: [locale, "en"] } }, select: { locale: true, description: true } },
        modules: { orderBy: { position: "asc" }, select: { id: true, title: true, kind: true } },
        enrolments: viewerId ? { where: { userId: viewerId }, select: { id: true } } : false,
      },
    }),
  );
  return new Map(
    courses.map((course) => {
      const text =
        course.translations.find((t) => t.locale === locale) ?? course.translations.find((t) => t.locale === "en");
      return [
        course.id,
        {
          description: text?.description ?? "",
          modules: course.modules.map((m) => ({
            id: m.id,
            kind: m.kind,
            title: localized(m.title as Record<string, string>, locale),
          })),
          selfEnrolment: course.selfEnrolment,
          enrolled: (course.enrolments?.length ?? 0) > 0,
        },
      ];
    }),
  );
}
