// The coordinators' SCORM interaction report: per question of a SCORM module, how the users they manage
// answered (a National Coordinator: their administration's learners; a WCO admin: every administration's, by
// country), read in one transaction of the team scope.
import { Prisma } from "@/lib/db";
import {
  readInteractionReport,
  scormModuleChoices,
  type InteractionReport,
  type InteractionReportParams,
} from "@/lib/records/interaction-report";
import { countryFilter, managedUsersSql } from "../managed-users";
import { inTeamTransaction, teamScope, type Manager, type TeamTx } from "../team-scope";

export async function teamInteractionReport(
  manager: Manager,
  params: InteractionReportParams,
  window: { page: number } | { limit: number },
  /** What the report's reads run on (the benchmark wraps it to explain them); the team transaction by default. */
  on: (tx: TeamTx) => TeamTx = (tx) => tx,
): Promise<InteractionReport> {
  const scope = teamScope(manager);
  return inTeamTransaction(scope, "SCORM interaction report", async (team) => {
    const tx = on(team);
    // The modules of the courses the scope reads: the core and, for a coordinator, their administration's own.
    const modules = await scormModuleChoices(tx, Prisma.sql`TRUE`, scope.locale);
    const users = managedUsersSql(scope, { country: countryFilter(scope, params.country), withDeleted: true });
    // The attempts' own tenant too, so ScormAttempt's (scoId, tenantId) index is used.
    const learners =
      scope.kind === "administration" ? Prisma.sql`a."tenantId" = ${scope.tenantId}::uuid AND ${users}` : users;
    return readInteractionReport(tx, { modules, params, learners, platform: scope.kind === "platform", window });
  });
}
