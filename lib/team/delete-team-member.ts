// Deleting a user removes their personal data and keeps anonymous learning statistics: the account stays as
// an anonymous row (status DELETED) so its enrolments and completions still count, but its names, username,
// address, photo, saved searches, alerts, e-mail links, e-mails and registration request are gone, its
// certificates are revoked and no longer name it, it cannot sign in, and its username and address can be taken again.
import { randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/console/audit-log";
import { Prisma } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { findManagedUser } from "./managed-users";
import { inTeamTransaction, teamScope, type Manager } from "./team-scope";

/** Not an argon2 hash, so no password ever matches it. */
const unusablePasswordHash = () => `!deleted!${randomBytes(32).toString("hex")}`;

export async function deleteTeamMember(manager: Manager, userId: string): Promise<void> {
  const scope = teamScope(manager);
  await inTeamTransaction(scope, "delete a user", async (tx) => {
    const user = await findManagedUser(tx, scope, userId);
    if (user.id === scope.actor.id) throw new Invalid({ form: "notYourself" });
    const { id, tenantId } = user;
    await tx.user.update({
      where: { id, tenantId },
      data: {
        status: "DELETED",
        username: `deleted-${id}`,
        email: `deleted-${id}@deleted.invalid`,
        firstName: "—",
        lastName: "—",
        position: null,
        locale: null,
        roles: ["LEARNER"],
        passwordHash: unusablePasswordHash(),
        sessionVersion: user.sessionVersion + 1,
      },
    });
    await tx.userPhoto.deleteMany({ where: { tenantId, userId: id } });
    await tx.savedSearch.deleteMany({ where: { tenantId, userId: id } });
    await tx.emailToken.deleteMany({ where: { tenantId, subjectId: id } });
    // Course evaluations keep their ratings (anonymous statistics) but lose the free-text comments.
    for (const response of await tx.evaluationResponse.findMany({
      where: { tenantId, userId: id },
      select: { id: true, answers: true },
    })) {
      await tx.evaluationResponse.update({
        where: { id: response.id },
        data: { answers: { ...(response.answers as Record<string, unknown>), comments: "" } },
      });
    }
    // Certificates stop naming the person: anyone checking one sees it revoked, with no name.
    await tx.certificate.updateMany({ where: { tenantId, userId: id }, data: { holderName: "—" } });
    await tx.certificate.updateMany({
      where: { tenantId, userId: id, revokedAt: null },
      data: { revokedAt: new Date(), revokedById: scope.actor.id, revocationReason: "Account deleted" },
    });
    await tx.alert.deleteMany({ where: { tenantId, userId: id } });
    // Workshop applications keep their status (attendance statistics) but lose the answers given.
    await tx.workshopApplication.updateMany({ where: { tenantId, userId: id }, data: { answers: Prisma.DbNull } });
    // The accepted registration request and the e-mails sent to the address hold the same personal data.
    await tx.registrationRequest.deleteMany({ where: { tenantId, createdUserId: id } });
    await tx.emailMessage.deleteMany({ where: { tenantId, toAddress: user.email } });
    // A deleted coordinator stops approving registrations (the WCO Secretariat does until another is named).
    await tx.tenant.updateMany({ where: { approverId: id }, data: { approverId: null } });
    // No personal data in the log: the entry says which account was deleted, not who it was.
    await recordAudit(tx, scope.actor, {
      tenantId,
      action: "team.user.delete",
      targetType: "User",
      targetId: id,
      before: { status: user.status, roles: user.roles },
      after: { status: "DELETED", roles: ["LEARNER"] },
    });
  });
}
