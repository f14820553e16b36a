// Accept or reject a registration. Accepting creates the account from the request; rejecting creates
// nothing and forgets the password hash. Either way the decision is recorded (who, when, why) and the
// applicant is told by e-mail in their language.
import { asPlatform } from "@/lib/db";
import { Conflict, NotFound } from "@/lib/errors";
import { afterCommit, queueEmail } from "@/lib/notifications/queue-email";
import { homeSiteUrl } from "./account-links";
import { activeApproverId, mayDecide, type Decider } from "./registration-approver";

export type Decision = { accept: true } | { accept: false; reason?: string };

export async function decideRegistration(
  decider: Decider,
  requestId: string,
  decision: Decision,
): Promise<{ userId?: string }> {
  const result = await asPlatform("registration: record the approver's decision", async (tx) => {
    const request = await tx.registrationRequest.findUnique({ where: { id: requestId }, include: { tenant: true } });
    // Another administration's request, or one this user may not decide, does not exist for them.
    if (!request || !mayDecide(decider, request.tenant, await activeApproverId(tx, request.tenant.approverId)))
      throw new NotFound();
    if (request.status !== "AWAITING_APPROVAL") throw new Conflict("This request has already been decided.");
    const decided = { decidedById: decider.id, decidedAt: new Date() };
    if (!decision.accept) {
      const reason = decision.reason?.trim().slice(0, 1000) || null;
      await tx.registrationRequest.update({
        where: { id: request.id },
        data: { ...decided, status: "REJECTED", decisionReason: reason, passwordHash: "" },
      });
      const template = reason ? "registrationRejectedWithReason" : "registrationRejected";
      return {
        steps: [
          await queueEmail(tx, {
            tenantId: request.tenantId,
            to: request.email,
            locale: request.locale,
            template,
            values: { firstName: request.firstName, reason: reason ?? "" },
          }),
        ],
      };
    }
    const taken = await tx.user.count({ where: { OR: [{ username: request.username }, { email: request.email }] } });
    if (taken) throw new Conflict("The username or e-mail address is now used by another account.");
    const user = await tx.user.create({
      data: {
        tenantId: request.tenantId,
        username: request.username,
        email: request.email,
        passwordHash: request.passwordHash,
        firstName: request.firstName,
        lastName: request.lastName,
        position: request.position,
        locale: request.locale,
        roles: ["LEARNER"],
        status: "ACTIVE",
      },
    });
    await tx.registrationRequest.update({
      where: { id: request.id },
      data: { ...decided, status: "ACCEPTED", createdUserId: user.id },
    });
    const email = await queueEmail(tx, {
      tenantId: request.tenantId,
      to: request.email,
      locale: request.locale,
      template: "registrationAccepted",
      values: {
        firstName: request.firstName,
        username: request.username,
        link: homeSiteUrl(request.tenant, "/sign-in"),
      },
    });
    return { userId: user.id, steps: [email] };
  });
  await afterCommit(result.steps);
  return { userId: result.userId };
}
