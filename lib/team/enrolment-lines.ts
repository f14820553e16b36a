// What each line of a manager's enrolment list becomes: a user of theirs who may see the course (ready, or
// already enrolled, whose due date is then set), or the reason it cannot be. The preview shows it; the
// enrolment reads the list again and stores the ready lines. A coordinator reaches only the users of their
// administration and the courses its users may see (core courses and its own); a WCO admin every Member user,
// each into a course that user may see.
import type { WcoRegion } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { titleIn } from "@/lib/workshops/session-title";
import { readEnrolmentList } from "./enrolment-list";
import { managedUsersWhere } from "./managed-users";
import type { TeamScope, TeamTx } from "./team-scope";

export interface EnrolmentLine {
  line: number;
  identifier: string;
  user: { id: string; tenantId: string; name: string; username: string } | null;
  /** Enrolled already: the due date is set, no second enrolment made. */
  enrolled: boolean;
  /** A message key of the "Fields" namespace when the line cannot be enrolled. */
  error: string | null;
}

export interface EnrolmentCourse {
  id: string;
  code: string;
  title: string;
}

interface CourseRules {
  isCore: boolean;
  tenantId: string;
  regions: WcoRegion[];
  countries: string[];
}

/** Whether a user of `tenant` may see the published course (its tenant's own or the core; region and country). */
function visibleTo(course: CourseRules, tenant: { id: string; region: WcoRegion | null; countryCode: string | null }) {
  return (
    (course.isCore || course.tenantId === tenant.id) &&
    (course.regions.length === 0 || (tenant.region !== null && course.regions.includes(tenant.region))) &&
    (course.countries.length === 0 || (tenant.countryCode !== null && course.countries.includes(tenant.countryCode)))
  );
}

/**
 * The course a manager may enrol users into: published, no workshop (workshops have their applications), and
 * for a coordinator one their administration's users may see. NotFound for any other.
 */
export async function enrolmentCourse(tx: TeamTx, scope: TeamScope, courseId: string) {
  const course = await tx.course.findFirst({
    where: {
      id: courseId,
      status: "PUBLISHED",
      type: { not: "WORKSHOP" },
      ...(scope.kind === "administration" ? { OR: [{ isCore: true }, { tenantId: scope.tenantId }] } : {}),
    },
    select: {
      id: true,
      code: true,
      isCore: true,
      tenantId: true,
      regions: true,
      countries: true,
      translations: { where: { locale: { in: [scope.locale, "en"] } }, select: { locale: true, title: true } },
    },
  });
  if (!course) throw new NotFound();
  if (scope.kind === "administration") {
    const tenant = await tx.tenant.findUniqueOrThrow({
      where: { id: scope.tenantId },
      select: { id: true, region: true, countryCode: true },
    });
    if (!visibleTo(course, tenant)) throw new NotFound();
  }
  return { ...course, title: titleIn(course.translations, scope.locale, course.code) };
}

/** The list's lines judged for the course, in the list's order. */
export async function readEnrolmentLines(
  tx: TeamTx,
  scope: TeamScope,
  course: CourseRules & { id: string },
  source: unknown,
): Promise<EnrolmentLine[]> {
  const lines = readEnrolmentList(source);
  const wanted = [...new Set(lines.map((l) => l.identifier.toLowerCase()))];
  const users = await tx.user.findMany({
    where: { ...managedUsersWhere(scope), OR: [{ username: { in: wanted } }, { email: { in: wanted } }] },
    select: {
      id: true,
      tenantId: true,
      username: true,
      email: true,
      firstName: true,
      lastName: true,
      status: true,
      tenant: { select: { id: true, region: true, countryCode: true } },
      enrolments: { where: { courseId: course.id }, select: { id: true } },
    },
  });
  const byIdentifier = new Map<string, (typeof users)[number]>();
  for (const user of users) {
    byIdentifier.set(user.username, user);
    byIdentifier.set(user.email, user);
  }
  const seen = new Set<string>();
  return lines.map(({ line, identifier }) => {
    const found = byIdentifier.get(identifier.toLowerCase());
    const user = found
      ? {
          id: found.id,
          tenantId: found.tenantId,
          name: `${found.firstName} ${found.lastName}`,
          username: found.username,
        }
      : null;
    const enrolled = (found?.enrolments.length ?? 0) > 0;
    const error = !found
      ? "enrolUnknownUser"
      : seen.has(found.id)
        ? "enrolDuplicateLine"
        : found.status !== "ACTIVE"
          ? "enrolUserSuspended"
          : !visibleTo(course, found.tenant)
            ? "enrolCourseNotVisible"
            : null;
    if (found) seen.add(found.id);
    return { line, identifier, user, enrolled, error };
  });
}
