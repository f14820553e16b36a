// What the catalogue's details panel tells about one course, read when the panel opens: its title, summary and
// description, type, languages, duration and modules in order, whether it takes self-enrolment and where the
// viewer stands (enrolled or not). Only for a course the scope may see on the catalogue (the same rules as its
// card): any other course, another tenant's own one, a Customs-only one for a viewer outside Customs, or an
// address that is no course, is NotFound.
import type { VisibilityScope } from "@/lib/auth/visibility-scope";
import { forTenant, type CourseType, type ModuleKind } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { UUID } from "@/lib/ids";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { visibilityWhere } from "./visibility-where";

export interface CourseDetails {
  id: string;
  title: string;
  summary: string;
  description: string;
  type: CourseType;
  languages: string[];
  durationMinutes: number;
  modules: { id: string; title: string; kind: ModuleKind }[];
  selfEnrolment: boolean;
  enrolled: boolean;
}

export async function readCourseDetails(
  scope: VisibilityScope,
  locale: Locale,
  courseId: string,
  viewerId: string | null,
): Promise<CourseDetails> {
  if (!UUID.test(courseId)) throw new NotFound();
  const course = await forTenant(scope.ctx, (tx) =>
    tx.course.findFirst({
      where: { id: courseId, ...visibilityWhere(scope) },
      select: {
        id: true,
        type: true,
        languages: true,
        durationMinutes: true,
        selfEnrolment: true,
        translations: {
          where: { locale: { in: [locale, "en"] } },
          select: { locale: true, title: true, summary: true, description: true },
        },
        modules: { orderBy: { position: "asc" }, select: { id: true, title: true, kind: true } },
        enrolments: viewerId ? { where: { userId: viewerId }, select: { id: true } } : false,
      },
    }),
  );
  if (!course) throw new NotFound();
  const text =
    course.translations.find((t) => t.locale === locale) ?? course.translations.find((t) => t.locale === "en");
  return {
    id: course.id,
    title: text?.title ?? "",
    summary: text?.summary ?? "",
    description: text?.description ?? "",
    type: course.type,
    languages: course.languages,
    durationMinutes: course.durationMinutes,
    modules: course.modules.map((m) => ({
      id: m.id,
      kind: m.kind,
      title: localized(m.title as Record<string, string>, locale),
    })),
    selfEnrolment: course.selfEnrolment,
    enrolled: (course.enrolments?.length ?? 0) > 0,
  };
}
