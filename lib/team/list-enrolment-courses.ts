// The enrolment page's courses: those a manager may enrol users into (enrolment-lines.ts), by title in the
// manager's language. A coordinator's: the core and their administration's own, as its users see them; a WCO
// admin's: every published course, an administration's own named with its administration.
import { visibilityWhere } from "@/lib/catalogue/visibility-where";
import { titleIn } from "@/lib/workshops/session-title";
import { inTeamTransaction, teamScope, type Manager } from "./team-scope";

export interface EnrolmentCourseOption {
  id: string;
  title: string;
  /** The owning administration's name, for an administration's own course on a WCO admin's list. */
  owner: string | null;
}

export async function listEnrolmentCourses(manager: Manager): Promise<EnrolmentCourseOption[]> {
  const scope = teamScope(manager);
  return inTeamTransaction(scope, "list the courses to enrol users into", async (tx) => {
    // A coordinator's: the core and their own, by the region and country rules their officers see them by.
    const officers =
      scope.kind === "administration"
        ? {
            OR: [{ isCore: true }, { tenantId: scope.tenantId }],
            ...visibilityWhere({
              ctx: { tenantId: scope.tenantId, audience: "CUSTOMS" },
              signedIn: true,
              ...(await tx.tenant.findUniqueOrThrow({
                where: { id: scope.tenantId },
                select: { region: true, countryCode: true },
              })),
            }),
          }
        : {};
    const courses = await tx.course.findMany({
      where: { status: "PUBLISHED", type: { not: "WORKSHOP" }, ...officers },
      select: {
        id: true,
        code: true,
        isCore: true,
        tenant: { select: { name: true } },
        translations: { where: { locale: { in: [scope.locale, "en"] } }, select: { locale: true, title: true } },
      },
    });
    return courses
      .map((c) => ({
        id: c.id,
        title: titleIn(c.translations, scope.locale, c.code),
        owner: scope.kind === "platform" && !c.isCore ? c.tenant.name : null,
      }))
      .sort((a, b) => a.title.localeCompare(b.title, scope.locale));
  });
}
