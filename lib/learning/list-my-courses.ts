// The viewer's enrolments with their course's title in the viewer's language: the dashboard and the
// record of learning read the same list.
import { forTenant, Prisma, type CourseType, type TenantContext, type TenantTx } from "@/lib/db";
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
  /** When the current cycle began (a recertification); attempts before it belong to earlier cycles. */
  cycleStartedAt: Date | null;
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

interface MyCourseRow {
  courseId: string;
  code: string;
  type: CourseType;
  imageKey: string | null;
  imageAlt: unknown;
  imageDecorative: boolean;
  title: string;
  status: MyCourse["status"];
  progressPercent: number;
  enrolledAt: Date;
  lastVisitedAt: Date | null;
  dueAt: Date | null;
  assignedAt: Date | null;
  completedAt: Date | null;
  cycle: number;
  cycleStartedAt: Date | null;
}

/**
 * The learner's enrolments with their course and its title, in one statement: one round trip, on the enrolment
 * index (tenantId, userId, …) and the course texts' (courseId); the title in the reader's language, else English,
 * else the code. Courses row-level security hides are left out, as their enrolments are.
 */
function readMyCourseRows(tx: TenantTx, learnerId: string, locale: Locale): Promise<MyCourseRow[]> {
  return tx.$queryRaw<MyCourseRow[]>(myCourseRowsSql(learnerId, locale));
}

/** The statement of readMyCourseRows (the benchmark prints its plan). */
export function myCourseRowsSql(learnerId: string, locale: Locale): Prisma.Sql {
  return Prisma.sql`
    SELECT e."courseId"::text AS "courseId", c."code", c."type"::text AS "type", c."imageKey", c."imageAlt",
           c."imageDecorative", e."status"::text AS "status", e."progressPercent", e."enrolledAt", e."lastVisitedAt",
           e."dueAt", e."assignedAt", e."completedAt", e."cycle", e."cycleStartedAt",
           COALESCE(
             (SELECT t."title" FROM "CourseTranslation" t WHERE t."courseId" = c."id" AND t."locale" = ${locale} LIMIT 1),
             (SELECT t."title" FROM "CourseTranslation" t WHERE t."courseId" = c."id" AND t."locale" = 'en' LIMIT 1),
             c."code") AS "title"
    FROM "Enrolment" e
    JOIN "Course" c ON c."id" = e."courseId"
    WHERE e."tenantId" = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid) AND e."userId" = ${learnerId}::uuid`;
}

/** listMyCourses() within a transaction of the caller (a page that reads more in the same one). */
export async function readMyCourses(
  tx: TenantTx,
  learnerId: string,
  locale: Locale,
  options: MyCoursesOptions = {},
): Promise<MyCourse[]> {
  const enrolments = await readMyCourseRows(tx, learnerId, locale);
  const now = new Date();
  const search = options.search?.trim().toLocaleLowerCase(locale);
  const courses = enrolments.map((e) => {
    return {
      courseId: e.courseId,
      code: e.code,
      type: e.type,
      title: e.title,
      status: e.status,
      progressPercent: e.progressPercent,
      enrolledAt: e.enrolledAt,
      lastVisitedAt: e.lastVisitedAt,
      dueAt: e.dueAt,
      required: e.assignedAt !== null,
      overdue: e.dueAt !== null && e.completedAt === null && e.dueAt < now,
      completedAt: e.completedAt,
      cycle: e.cycle,
      cycleStartedAt: e.cycleStartedAt,
      image: courseImage({ id: e.courseId, ...e }, locale, e.title),
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
