// The viewer's enrolments with their course's title in the viewer's language: the dashboard and the
// record of learning read the same list.
import { forTenant, type CourseType, type TenantContext, type TenantTx } from "@/lib/db";
import { courseImage, type CourseImage } from "@/lib/catalogue/course-image";
import type { Locale } from "@/lib/i18n/locales";

export interface MyCourse {
  courseId: string;
  code: string;
  type: CourseType;
  title: string;
  status: "IN_PROGRESS" | "COMPLETED";
  progressPercent: number;
  enrolledAt: Date;
  lastVisitedAt: Date | null;
  /** The day to complete it by, when a coordinator or the Secretariat set one. */
  dueAt: Date | null;
  /** Enrolled by a coordinator or the Secretariat: required learning. */
  required: boolean;
  /** Past its due date and not completed. */
  overdue: boolean;
  completedAt: Date | null;
  /** Completions so far plus one (raised by a recertification). */
  cycle: number;
  image: CourseImage | null;
}

type MyCoursesOptions = { search?: string; order?: "recent" | "title" };

export async function listMyCourses(
  ctx: TenantContext,
  learnerId: string,
  locale: Locale,
  options: MyCoursesOptions = {},
): Promise<MyCourse[]> {
  return forTenant(ctx, (tx) => readMyCourses(tx, learnerId, locale, options));
}

/** listMyCourses() within a transaction of the caller (a page that reads more in the same one). */
export async function readMyCourses(
  tx: TenantTx,
  learnerId: string,
  locale: Locale,
  options: MyCoursesOptions = {},
): Promise<MyCourse[]> {
  const enrolments = await tx.enrolment.findMany({
    where: { userId: learnerId },
    include: {
      course: {
        select: {
          id: true,
          code: true,
          type: true,
          imageKey: true,
          imageAlt: true,
          imageDecorative: true,
          translations: { where: { locale: { in: [locale, "en"] } }, select: { locale: true, title: true } },
        },
      },
    },
  });
  const now = new Date();
  const search = options.search?.trim().toLocaleLowerCase(locale);
  const courses = enrolments.map((e) => {
    const title =
      e.course.translations.find((t) => t.locale === locale)?.title ??
      e.course.translations.find((t) => t.locale === "en")?.title ??
      e.course.code;
    return {
      courseId: e.courseId,
      code: e.course.code,
      type: e.course.type,
      title,
      status: e.status,
      progressPercent: e.progressPercent,
      enrolledAt: e.enrolledAt,
      lastVisitedAt: e.lastVisitedAt,
      dueAt: e.dueAt,
      required: e.assignedAt !== null,
      overdue: e.dueAt !== null && e.completedAt === null && e.dueAt < now,
      completedAt: e.completedAt,
      cycle: e.cycle,
      image: courseImage(e.course, locale, title),
    };
  });
  return courses
    .filter((c) => !search || c.title.toLocaleLowerCase(locale).includes(search))
    .sort((a, b) =>
      options.order === "title"
        ? a.title.localeCompare(b.title, locale)
        : (b.lastVisitedAt ?? b.enrolledAt).getTime() - (a.lastVisitedAt ?? a.enrolledAt).getTime(),
    );
}
