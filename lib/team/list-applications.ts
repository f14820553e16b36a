// The coordinator's Applications page: every registration request, enrolment request and workshop application
// of the administration (WCO admins: of every administration), newest first. Enrolment requests are decided
// with decideEnrolmentRequest; registration requests with decideRegistration (lib/accounts), which knows their
// approver; workshop applications with decideWorkshopApplication (lib/workshops).
import { formatSessionDates } from "@/lib/i18n/zoned-time";
import { inTeamTransaction, teamScope, type Manager } from "./team-scope";

export const APPLICATIONS_PAGE_SIZE = 25;

// The page lists the most recent requests of each kind; older ones stay in the audit log and reports.
const RECENT = 500;

export interface Application {
  id: string;
  type: "REGISTRATION" | "ENROLMENT" | "WORKSHOP";
  country: string;
  requester: string;
  email: string;
  course: string | null;
  /** Workshops: the session's dates, in its time zone and the manager's language. */
  session: string | null;
  date: Date;
  status: "AWAITING_CONFIRMATION" | "PENDING" | "ACCEPTED" | "DENIED" | "WITHDRAWN";
  decidable: boolean;
}

export async function listApplications(manager: Manager, page: number) {
  const scope = teamScope(manager);
  const tenantFilter =
    scope.kind === "administration" ? { tenantId: scope.tenantId } : { tenant: { kind: "ADMINISTRATION" as const } };
  const applications = await inTeamTransaction(scope, "applications", async (tx) => {
    const title = (course: { code: string; translations: Array<{ locale: string; title: string }> }) =>
      (course.translations.find((t) => t.locale === scope.locale) ?? course.translations[0])?.title ?? course.code;
    const courseSelect = {
      select: {
        code: true,
        translations: { where: { locale: { in: [scope.locale, "en"] } }, select: { locale: true, title: true } },
      },
    };
    const [registrations, enrolments, workshops] = await Promise.all([
      tx.registrationRequest.findMany({
        where: tenantFilter,
        orderBy: { createdAt: "desc" },
        take: RECENT,
        select: {
          id: true,
          firstName: true,
          lastName: true,
          email: true,
          status: true,
          createdAt: true,
          tenant: { select: { name: true } },
        },
      }),
      tx.enrolmentRequest.findMany({
        where: tenantFilter,
        orderBy: { requestedAt: "desc" },
        take: RECENT,
        select: {
          id: true,
          status: true,
          requestedAt: true,
          tenant: { select: { name: true } },
          user: { select: { firstName: true, lastName: true, email: true } },
          course: courseSelect,
        },
      }),
      tx.workshopApplication.findMany({
        where: tenantFilter,
        orderBy: { appliedAt: "desc" },
        take: RECENT,
        select: {
          id: true,
          status: true,
          appliedAt: true,
          tenant: { select: { name: true } },
          user: { select: { firstName: true, lastName: true, email: true } },
          course: courseSelect,
          session: { select: { startsAt: true, endsAt: true, timeZone: true } },
        },
      }),
    ]);
    const rows: Application[] = [
      ...registrations.map((r) => ({
        id: r.id,
        type: "REGISTRATION" as const,
        country: r.tenant.name,
        requester: `${r.firstName} ${r.lastName}`,
        email: r.email,
        course: null,
        session: null,
        date: r.createdAt,
        status:
          r.status === "EMAIL_UNCONFIRMED"
            ? ("AWAITING_CONFIRMATION" as const)
            : r.status === "AWAITING_APPROVAL"
              ? ("PENDING" as const)
              : r.status === "ACCEPTED"
                ? ("ACCEPTED" as const)
                : ("DENIED" as const),
        decidable: r.status === "AWAITING_APPROVAL",
      })),
      ...enrolments.map((e) => ({
        id: e.id,
        type: "ENROLMENT" as const,
        country: e.tenant.name,
        requester: `${e.user.firstName} ${e.user.lastName}`,
        email: e.user.email,
        course: title(e.course),
        session: null,
        date: e.requestedAt,
        status: e.status,
        decidable: e.status === "PENDING",
      })),
      ...workshops.map((w) => ({
        id: w.id,
        type: "WORKSHOP" as const,
        country: w.tenant.name,
        requester: `${w.user.firstName} ${w.user.lastName}`,
        email: w.user.email,
        course: title(w.course),
        session: formatSessionDates(w.session, scope.locale),
        date: w.appliedAt,
        // After the coordinator's acceptance, the rest of the way (information, selection) shows as accepted here.
        status:
          w.status === "PENDING" || w.status === "DENIED" || w.status === "WITHDRAWN"
            ? w.status
            : ("ACCEPTED" as const),
        decidable: w.status === "PENDING",
      })),
    ];
    return rows.sort((a, b) => b.date.getTime() - a.date.getTime());
  });
  const pageCount = Math.max(1, Math.ceil(applications.length / APPLICATIONS_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  return {
    applications: applications.slice((current - 1) * APPLICATIONS_PAGE_SIZE, current * APPLICATIONS_PAGE_SIZE),
    total: applications.length,
    page: current,
    pageCount,
    platform: scope.kind === "platform",
  };
}
