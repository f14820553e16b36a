// The coordinator's Team page: a page of the users they manage.
import { countTeam, TEAM_PAGE_SIZE, teamRows, type TeamPage, type TeamQuery } from "./team-members";
import { inTeamTransaction, teamScope, type Manager } from "./team-scope";

export async function listTeam(manager: Manager, query: TeamQuery): Promise<TeamPage> {
  const scope = teamScope(manager);
  return inTeamTransaction(scope, "list the users of administrations", async (tx) => {
    const total = await countTeam(tx, scope, query);
    const pageCount = Math.max(1, Math.ceil(total / TEAM_PAGE_SIZE));
    const page = Math.min(Math.max(1, Math.floor(query.page ?? 1) || 1), pageCount);
    const members = await teamRows(tx, scope, query, TEAM_PAGE_SIZE, (page - 1) * TEAM_PAGE_SIZE);
    return { members, total, page, pageCount, platform: scope.kind === "platform" };
  });
}
