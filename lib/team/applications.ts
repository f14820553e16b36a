// The coordinator's Applications page: every registration request, enrolment request and workshop application
// of the administration (WCO admins: of every administration), newest first, and the decision on enrolment
// requests. Registration requests are decided with decideRegistration (lib/accounts), which knows their
// approver; workshop applications with decideWorkshopApplication (lib/workshops).
import { recordAudit } from "@/lib/console/audit-log";
import { Invalid, NotFound } from "@/lib/errors";
import { formatSessionDates } from "@/lib/i18n/zoned-time";
import { inTeamTransaction, teamScope, type Manager } from "./manager";
import { UUID } from "@/lib/ids";

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
  const tenantFilter = scope.kind === "administration" ? { tenantId: scope.tenantId } : { tenant: { kind: "ADMINISTRATION" as const } };
  const applications = await inTeamTransaction(scope, "applications", async (tx) => {
    const title = (course: { code: string; translations: Array<{ locale: string; title: string }> }) => (course.translations.find((t) => t.locale === scope.locale) ?? course.translations[0])?.title ?? course.code;
    const courseSelect = { select: { code: true, translations: { where: { locale: { in: [scope.locale, "en"] } }, select: { locale: true, title: true } } } };
    const [registrations, enrolments, workshops] = await Promise.all([
      tx.registrationRequest.findMany({ where: tenantFilter, orderBy: { createdAt: "desc" }, take: RECENT, select: { id: true, firstName: true, lastName: true, email: true, status: true, createdAt: true, tenant: { select: { name: true } } } }),
      tx.enrolmentRequest.findMany({
        where: tenantFilter, orderBy: { requestedAt: "desc" }, take: RECENT,
        select: { id: true, status: true, requestedAt: true, tenant: { select: { name: true } }, user: { select: { firstName: true, lastName: true, email: true } }, course: courseSelect },
      }),
      tx.workshopApplication.findMany({
        where: tenantFilter, orderBy: { appliedAt: "desc" }, take: RECENT,
        select: { id: true, status: true, appliedAt: true, tenant: { select: { name: true } }, user: { select: { firstName: true, lastName: true, email: true } }, course: courseSelect, session: { select: { startsAt: true, endsAt: true, timeZone: true } } },
      }),
    ]);
    const rows: Application[] = [
      ...registrations.map((r) => ({
        id: r.id, type: "REGISTRATION" as const, country: r.tenant.name, requester: `${r.firstName} ${r.lastName}`, email: r.email, course: null, session: null, date: r.createdAt,
        status: r.status === "EMAIL_UNCONFIRMED" ? ("AWAITING_CONFIRMATION" as const) : r.status === "AWAITING_APPROVAL" ? ("PENDING" as const) : r.status === "ACCEPTED" ? ("ACCEPTED" as const) : ("DENIED" as const),
        decidable: r.status === "AWAITING_APPROVAL",
      })),
      ...enrolments.map((e) => ({
        id: e.id, type: "ENROLMENT" as const, country: e.tenant.name, requester: `${e.user.firstName} ${e.user.lastName}`, email: e.user.email,
        course: title(e.course), session: null, date: e.requestedAt,
        status: e.status, decidable: e.status === "PENDING",
      })),
      ...workshops.map((w) => ({
        id: w.id, type: "WORKSHOP" as const, country: w.tenant.name, requester: `${w.user.firstName} ${w.user.lastName}`, email: w.user.email,
        course: title(w.course), session: formatSessionDates(w.session, scope.locale), date: w.appliedAt,
        // After the coordinator's acceptance, the rest of the way (information, selection) shows as accepted here.
        status: w.status === "PENDING" || w.status === "DENIED" || w.status === "WITHDRAWN" ? w.status : ("ACCEPTED" as const), decidable: w.status === "PENDING",
      })),
    ];
    return rows.sort((a, b) => b.date.getTime() - a.date.getTime());
  });
  const pageCount = Math.max(1, Math.ceil(applications.length / APPLICATIONS_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  return { applications: applications.slice((current - 1) * APPLICATIONS_PAGE_SIZE, current * APPLICATIONS_PAGE_SIZE), total: applications.length, page: current, pageCount, platform: scope.kind === "platform" };
}

/** Accepts (enrolling the learner) or denies an enrolment request of a user the manager manages. */
export async function decideEnrolmentRequest(manager: Manager, requestId: string, accept: boolean, reason?: string): Promise<void> {
  const scope = teamScope(manager);
  if (!UUID.test(requestId)) throw new NotFound();
  await inTeamTransaction(scope, "decide an enrolment request", async (tx) => {
    const request = await tx.enrolmentRequest.findFirst({
      where: { id: requestId, ...(scope.kind === "administration" ? { tenantId: scope.tenantId } : { tenant: { kind: "ADMINISTRATION" } }) },
      select: { id: true, tenantId: true, userId: true, courseId: true, status: true },
    });
    if (!request) throw new NotFound();
    if (request.status !== "PENDING") throw new Invalid({ request: "alreadyDecided" });
    const decided = { decidedById: scope.actor.id, decidedAt: new Date(), reason: accept ? null : reason?.trim().slice(0, 1000) || null };
    await tx.enrolmentRequest.update({ where: { id: request.id }, data: { ...decided, status: accept ? "ACCEPTED" : "DENIED" } });
    if (accept) await tx.enrolment.createMany({ data: [{ tenantId: request.tenantId, userId: request.userId, courseId: request.courseId }], skipDuplicates: true });
    await recordAudit(tx, scope.actor, {
      tenantId: request.tenantId, action: accept ? "enrolment.request.accept" : "enrolment.request.deny", targetType: "EnrolmentRequest", targetId: request.id,
      before: { status: "PENDING" }, after: { status: accept ? "ACCEPTED" : "DENIED", courseId: request.courseId, userId: request.userId, reason: decided.reason },
    });
  });
}
