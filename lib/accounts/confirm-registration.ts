// The applicant opens the confirmation link: the request goes to its administration's approving National
// Coordinator, or to the WCO Secretariat (every WCO admin) where the administration has none. A sign-up on the
// Academy store needs no approval: its account opens at once.
import { asPlatform, type PlatformTx } from "@/lib/db";
import { afterCommit, queueEmail } from "@/lib/notifications/queue-email";
import { openAcademyAccount } from "./open-academy-account";
import { homeSiteUrl } from "./account-links";
import { consumeEmailToken } from "./email-tokens";

export async function confirmRegistration(
  token: string,
): Promise<{ administration: string; accountOpened: boolean } | null> {
  const consumed = await consumeEmailToken("CONFIRM_REGISTRATION", token);
  if (!consumed) return null;
  const result = await asPlatform("registration: route the request to its approver", async (tx) => {
    const request = await tx.registrationRequest.findUnique({
      where: { id: consumed.subjectId },
      include: { tenant: true },
    });
    if (!request || request.status !== "EMAIL_UNCONFIRMED") return null;
    if (request.tenant.kind === "ACADEMY")
      return (await openAcademyAccount(tx, request))
        ? { administration: request.tenant.name, accountOpened: true, steps: [] }
        : null;
    await tx.registrationRequest.update({
      where: { id: request.id },
      data: { status: "AWAITING_APPROVAL", emailConfirmedAt: new Date() },
    });
    const approvers = await approversOf(tx, request.tenant.approverId);
    const steps = [];
    for (const approver of approvers) {
      steps.push(
        await queueEmail(tx, {
          tenantId: approver.tenantId,
          to: approver.email,
          locale: approver.locale,
          template: "registrationToApprove",
          values: {
            applicant: `${request.firstName} ${request.lastName}`,
            administration: request.tenant.name,
            link: homeSiteUrl(approver.tenant, "/dashboard"),
          },
          optOuts: approver.emailOptOuts,
        }),
      );
    }
    return { administration: request.tenant.name, accountOpened: false, steps };
  });
  if (!result) return null;
  await afterCommit(result.steps);
  return { administration: result.administration, accountOpened: result.accountOpened };
}

/** The administration's approving NC when it has an active one, otherwise every active WCO admin. */
async function approversOf(tx: PlatformTx, approverId: string | null) {
  const select = {
    id: true,
    email: true,
    locale: true,
    emailOptOuts: true,
    tenantId: true,
    tenant: { select: { kind: true, slug: true, spaceEnabled: true } },
  } as const;
  const coordinator = approverId
    ? await tx.user.findFirst({ where: { id: approverId, status: "ACTIVE" }, select })
    : null;
  if (coordinator) return [coordinator];
  return tx.user.findMany({ where: { roles: { has: "WCO_ADMIN" }, status: "ACTIVE" }, select });
}
