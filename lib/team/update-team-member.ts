// A coordinator corrects a user's name and position; the change is audited in the same transaction.
import { recordAudit } from "@/lib/console/audit-log";
import { fieldMessages } from "@/lib/field-messages";
import { Invalid } from "@/lib/errors";
import { findManagedUser } from "./managed-users";
import { inTeamTransaction, teamScope, type Manager } from "./team-scope";
import { teamMemberSchema, type TeamMemberInput } from "./schemas";

export async function updateTeamMember(manager: Manager, userId: string, input: TeamMemberInput): Promise<void> {
  const scope = teamScope(manager);
  await inTeamTransaction(scope, "edit a user of an administration", async (tx) => {
    // The user is found (or NotFound) before the input is judged, so refusals reveal nothing about others.
    const user = await findManagedUser(tx, scope, userId);
    const parsed = teamMemberSchema.safeParse(input);
    if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
    const before = { firstName: user.firstName, lastName: user.lastName, position: user.position };
    const after = parsed.data;
    if (
      before.firstName === after.firstName &&
      before.lastName === after.lastName &&
      before.position === after.position
    )
      return;
    await tx.user.update({ where: { id: user.id, tenantId: user.tenantId }, data: after });
    await recordAudit(tx, scope.actor, {
      tenantId: user.tenantId,
      action: "team.user.update",
      targetType: "User",
      targetId: user.id,
      before,
      after,
    });
  });
}
