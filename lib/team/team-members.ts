// The Team page's rows: the administration's users (deleted accounts excluded) with their learning counts,
// searched by name and paged in SQL, so an administration of thousands of users stays fast.
import { Prisma, type UserStatus } from "@/lib/db";
import { countryFilter, managedUsersSql } from "./managed-users";
import type { TeamScope, TeamTx } from "./team-scope";
import { nameSearchSql } from "./name-search";

export const TEAM_PAGE_SIZE = 25;

export interface TeamMemberRow {
  id: string;
  username: string;
  email: string;
  firstName: string;
  lastName: string;
  position: string | null;
  status: UserStatus;
  lastLoginAt: Date | null;
  /** The administration's name (a WCO admin's list covers every administration). */
  country: string;
  coursesStarted: number;
  coursesCompleted: number;
  /**
   * Competencies are not modelled yet: a completed course that gives a certificate counts as one
   * competency achieved.
   */
  competencies: number;
}

export interface TeamQuery {
  q?: string;
  page?: number;
  /** ISO code of one administration (WCO admins only). */
  country?: string | null;
}

export interface TeamPage {
  members: TeamMemberRow[];
  total: number;
  page: number;
  pageCount: number;
  /** True for a WCO admin's list of every administration (it shows the country). */
  platform: boolean;
}

const whereOf = (scope: TeamScope, query: TeamQuery) =>
  Prisma.sql`WHERE ${managedUsersSql(scope, { country: countryFilter(scope, query.country) })} ${nameSearchSql(query.q ?? "")}`;

export async function countTeam(tx: TeamTx, scope: TeamScope, query: TeamQuery): Promise<number> {
  const [{ total }] = await tx.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS "total" FROM "User" u JOIN "Tenant" ut ON ut."id" = u."tenantId" ${whereOf(scope, query)}`;
  return total;
}

// Ordered like the index on (tenantId, lastName, firstName); the counts are computed for the listed users
// only (a LATERAL subquery on the enrolment index, evaluated after the LIMIT).
export function teamRows(
  tx: TeamTx,
  scope: TeamScope,
  query: TeamQuery,
  limit: number,
  offset: number,
): Promise<TeamMemberRow[]> {
  return tx.$queryRaw<TeamMemberRow[]>`
    SELECT u."id"::text AS "id", u."username", u."email", u."firstName", u."lastName", u."position", u."status"::text AS "status",
           u."lastLoginAt", ut."name" AS "country",
           s."started" AS "coursesStarted", s."completed" AS "coursesCompleted", s."competencies"
    FROM "User" u
    JOIN "Tenant" ut ON ut."id" = u."tenantId"
    LEFT JOIN LATERAL (
      SELECT count(*)::int AS "started",
             (count(*) FILTER (WHERE e."status" = 'COMPLETED'))::int AS "completed",
             (count(*) FILTER (WHERE e."status" = 'COMPLETED' AND c."hasCertificate"))::int AS "competencies"
      FROM "Enrolment" e JOIN "Course" c ON c."id" = e."courseId"
      WHERE e."tenantId" = u."tenantId" AND e."userId" = u."id"
    ) s ON true
    ${whereOf(scope, query)}
    ORDER BY u."lastName", u."firstName", u."username"
    LIMIT ${limit} OFFSET ${offset}`;
}
