// One user of the coordinator's administration: profile, workshop bookings and learning records.
import type { WorkshopApplicationStatus } from "@/lib/db";
import { inTeamTransaction, teamScope, type Manager } from "./team-scope";
import { findManagedUser } from "./managed-users";
import { pendingEmailChange } from "@/lib/accounts/email-change";

export interface TeamMemberRecord {
  courseId: string;
  code: string;
  title: string;
  status: "IN_PROGRESS" | "COMPLETED";
  progressPercent: number;
  enrolledAt: Date;
  completedAt: Date | null;
}

export interface TeamMemberBooking {
  applicationId: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  place: string | null;
  online: boolean;
  status: WorkshopApplicationStatus;
  appliedAt: Date;
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
    /** The address a change waits to be confirmed for. */
    pendingEmail: string | null;
  };
  /** The user's workshop applications, newest session first, whatever their status. */
  bookings: TeamMemberBooking[];
  records: TeamMemberRecord[];
}

export async function getTeamMember(manager: Manager, userId: string): Promise<TeamMemberDetail> {
  const scope = teamScope(manager);
  const locale = scope.locale;
  return inTeamTransaction(scope, "read a user of an administration", async (tx) => {
    const { id, tenantId } = await findManagedUser(tx, scope, userId);
    const user = await tx.user.findFirstOrThrow({
      where: { id, tenantId },
      select: {
        id: true,
        username: true,
        email: true,
        firstName: true,
        lastName: true,
        position: true,
        status: true,
        lastLoginAt: true,
        createdAt: true,
        tenant: { select: { name: true } },
      },
    });
    const enrolments = await tx.enrolment.findMany({
      where: { tenantId, userId: id },
      orderBy: [{ enrolledAt: "desc" }, { id: "asc" }],
      select: {
        courseId: true,
        status: true,
        progressPercent: true,
        enrolledAt: true,
        completedAt: true,
        course: {
          select: {
            code: true,
            translations: { where: { locale: { in: [locale, "en"] } }, select: { locale: true, title: true } },
          },
        },
      },
    });
    const applications = await tx.workshopApplication.findMany({
      where: { tenantId, userId: id },
      orderBy: [{ session: { startsAt: "desc" } }, { id: "asc" }],
      take: 200,
      select: {
        id: true,
        status: true,
        appliedAt: true,
        session: { select: { startsAt: true, endsAt: true, timeZone: true, place: true, onlineUrl: true } },
        course: {
          select: {
            code: true,
            translations: { where: { locale: { in: [locale, "en"] } }, select: { locale: true, title: true } },
          },
        },
      },
    });
    const titleOf = (course: { code: string; translations: Array<{ locale: string; title: string }> }) =>
      course.translations.find((t) => t.locale === locale)?.title ??
      course.translations.find((t) => t.locale === "en")?.title ??
      course.code;
    const bookings = applications.map((a) => ({
      applicationId: a.id,
      title: titleOf(a.course),
      startsAt: a.session.startsAt,
      endsAt: a.session.endsAt,
      timeZone: a.session.timeZone,
      place: a.session.place,
      online: a.session.onlineUrl !== null,
      status: a.status,
      appliedAt: a.appliedAt,
    }));
    const records = enrolments.map((e) => ({
      courseId: e.courseId,
      code: e.course.code,
      title:
        e.course.translations.find((t) => t.locale === locale)?.title ??
        e.course.translations.find((t) => t.locale === "en")?.title ??
        e.course.code,
      status: e.status,
      progressPercent: e.progressPercent,
      enrolledAt: e.enrolledAt,
      completedAt: e.completedAt,
    }));
    const { tenant, ...profile } = user;
    const pendingEmail = await pendingEmailChange(tx, id);
    return { profile: { ...profile, administration: tenant.name, pendingEmail }, bookings, records };
  });
}
