// One user of the coordinator's administration: profile, bookings and learning records.
import { inTeamTransaction, findManagedUser, teamScope, type Manager } from "./manager";

export interface TeamMemberRecord {
  courseId: string;
  code: string;
  title: string;
  status: "IN_PROGRESS" | "COMPLETED";
  progressPercent: number;
  enrolledAt: Date;
  completedAt: Date | null;
}

export interface TeamMemberDetail {
  profile: {
    id: string;
    username: string;
    email: string;
    firstName: string;
    lastName: string;
    position: string | null;
    status: "ACTIVE" | "SUSPENDED" | "DELETED";
    lastLoginAt: Date | null;
    createdAt: Date;
    administration: string;
  };
  /** Workshop bookings come with workshops; until then there are none. */
  bookings: never[];
  records: TeamMemberRecord[];
}

export async function getTeamMember(manager: Manager, userId: string): Promise<TeamMemberDetail> {
  const scope = teamScope(manager);
  const locale = scope.locale;
  return inTeamTransaction(scope, "read a user of an administration", async (tx) => {
    const { id, tenantId } = await findManagedUser(tx, scope, userId);
    const user = await tx.user.findFirstOrThrow({
      where: { id, tenantId },
      select: { id: true, username: true, email: true, firstName: true, lastName: true, position: true, status: true, lastLoginAt: true, createdAt: true, tenant: { select: { name: true } } },
    });
    const enrolments = await tx.enrolment.findMany({
      where: { tenantId, userId: id },
      orderBy: [{ enrolledAt: "desc" }, { id: "asc" }],
      select: {
        courseId: true, status: true, progressPercent: true, enrolledAt: true, completedAt: true,
        course: { select: { code: true, translations: { where: { locale: { in: [locale, "en"] } }, select: { locale: true, title: true } } } },
      },
    });
    const records = enrolments.map((e) => ({
      courseId: e.courseId,
      code: e.course.code,
      title: e.course.translations.find((t) => t.locale === locale)?.title ?? e.course.translations.find((t) => t.locale === "en")?.title ?? e.course.code,
      status: e.status,
      progressPercent: e.progressPercent,
      enrolledAt: e.enrolledAt,
      completedAt: e.completedAt,
    }));
    const { tenant, ...profile } = user;
    // Bookings: workshops and their bookings come later; the tab shows an empty list until then.
    return { profile: { ...profile, administration: tenant.name }, bookings: [], records };
  });
}
