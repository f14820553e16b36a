import { countTeam, teamRows, type TeamMemberRow, type TeamQuery } from "./team-members";
import { inTeamTransaction, teamScope, type Manager } from "./team-scope";

/** The whole list (up to `limit` rows) for the CSV, Excel and PDF exports. */
export async function exportTeam(
  manager: Manager,
  query: TeamQuery,
  limit: number,
): Promise<{ members: TeamMemberRow[]; total: number; platform: boolean }> {
  const scope = teamScope(manager);
  return inTeamTransaction(scope, "export the users of administrations", async (tx) => {
    const total = await countTeam(tx, scope, query);
    return { members: await teamRows(tx, scope, query, limit, 0), total, platform: scope.kind === "platform" };
  });
}
