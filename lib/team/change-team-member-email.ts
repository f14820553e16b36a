// A coordinator asks for a new e-mail address for one of their users (the edit form of Team): the user
// confirms it from the new address. Another administration's user is NotFound, before the input is judged.
import { startEmailChange } from "@/lib/accounts/email-change";
import { emailChangeSchema } from "@/lib/accounts/schemas";
import { Invalid } from "@/lib/errors";
import { fieldMessages } from "@/lib/field-messages";
import { findManagedUser } from "./managed-users";
import { inTeamTransaction, teamScope, type Manager } from "./team-scope";

export async function changeTeamMemberEmail(manager: Manager, userId: string, raw: { email: string }): Promise<void> {
  const scope = teamScope(manager);
  const user = await inTeamTransaction(scope, "find a user whose address changes", (tx) =>
    findManagedUser(tx, scope, userId),
  );
  const parsed = emailChangeSchema.safeParse(raw);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  await startEmailChange(scope.actor, user.id, parsed.data.email);
}
