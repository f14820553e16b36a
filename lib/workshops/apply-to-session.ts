// A Customs officer applies to a session of a workshop they can see in the catalogue: once per session,
// while applications are open. Their administration's coordinators (or, where it has none, the WCO
// Secretariat) are told.
import type { VisibilityScope } from "@/lib/auth/visibility-scope";
import { visibilityWhere } from "@/lib/catalogue/visibility-where";
import { asPlatform, forTenant, Prisma, type PlatformTx, type TenantTx } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { actionKey } from "@/lib/notifications/mark-action-done";
import { afterCommit } from "@/lib/notifications/queue-email";
import { notify, RECIPIENT_SELECT, SESSION_FACTS_SELECT, sessionValues } from "./notify";
import { UUID } from "@/lib/ids";

export interface Applicant {
  id: string;
  homeTenantId: string;
  homeTenantKind: "WCO" | "ADMINISTRATION" | "ACADEMY";
}

const COORDINATOR_PAGE = "/team/applications";

export async function applyToSession(
  scope: VisibilityScope,
  applicant: Applicant,
  sessionId: string,
  now = new Date(),
): Promise<string> {
  // Officers of an administration apply, on a site of their own administration; nobody else has a coordinator.
  const officer =
    scope.signedIn &&
    scope.ctx.audience === "CUSTOMS" &&
    applicant.homeTenantKind === "ADMINISTRATION" &&
    scope.ctx.tenantId === applicant.homeTenantId;
  if (!officer || !UUID.test(sessionId)) throw new NotFound();
  const result = await forTenant(scope.ctx, async (tx) => {
    const home = await tx.tenant.findUnique({ where: { id: applicant.homeTenantId }, select: { kind: true } });
    if (home?.kind !== "ADMINISTRATION") throw new NotFound();
    const session = await tx.workshopSession.findFirst({
      where: { id: sessionId, course: { ...visibilityWhere(scope), type: "WORKSHOP" } },
      select: { courseId: true, applicationsCloseAt: true, ...SESSION_FACTS_SELECT },
    });
    if (!session) throw new NotFound();
    if (now >= (session.applicationsCloseAt ?? session.startsAt))
      throw new Invalid({ application: "applicationsClosed" });
    if (await tx.workshopApplication.findFirst({ where: { userId: applicant.id, sessionId }, select: { id: true } }))
      throw new Invalid({ application: "alreadyApplied" });
    const application = await tx.workshopApplication
      .create({
        data: { tenantId: scope.ctx.tenantId, userId: applicant.id, courseId: session.courseId, sessionId },
        select: { id: true, user: { select: { firstName: true, lastName: true } } },
      })
      .catch((error) => {
        // A second click that raced the first.
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
          throw new Invalid({ application: "alreadyApplied" });
        throw error;
      });
    const applicantName = `${application.user.firstName} ${application.user.lastName}`;
    const coordinators = await tx.user.findMany({
      where: { tenantId: scope.ctx.tenantId, status: "ACTIVE", roles: { has: "NATIONAL_COORDINATOR" } },
      select: RECIPIENT_SELECT,
    });
    const steps = await tellCoordinators(tx, coordinators, session, applicantName, application.id);
    return { id: application.id, steps, session, applicantName, hasCoordinator: coordinators.length > 0 };
  });
  if (!result.hasCoordinator) {
    result.steps = await asPlatform("workshop application: tell the WCO Secretariat", async (tx) => {
      const admins = await tx.user.findMany({
        where: { status: "ACTIVE", roles: { has: "WCO_ADMIN" } },
        select: RECIPIENT_SELECT,
      });
      return tellCoordinators(tx, admins, result.session, result.applicantName, result.id);
    });
  }
  await afterCommit(result.steps);
  return result.id;
}

async function tellCoordinators(
  tx: PlatformTx | TenantTx,
  recipients: Parameters<typeof notify>[1][],
  session: Parameters<typeof sessionValues>[0],
  applicant: string,
  applicationId: string,
) {
  const steps = [];
  for (const recipient of recipients)
    steps.push(
      await notify(
        tx,
        recipient,
        "workshopApplication",
        { ...sessionValues(session, recipient.locale), applicant },
        COORDINATOR_PAGE,
        actionKey("WorkshopApplication", applicationId),
      ),
    );
  return steps;
}
