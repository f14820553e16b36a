// "NC - Users Report": each user's courses with where they were completed. Filters: the user's last login and
// the completion date (the guide's date filters, `date-filter.ts`), complete or not, and a search by name. Deleted users are left out (their anonymous enrolments still count
// in the Course Report).
import { Prisma } from "@/lib/db";
import type { Table } from "@/lib/reports/table-export";
import { countryFilter } from "../managed-users";
import { inTeamTransaction, teamScope, type Manager, type TeamScope } from "../team-scope";
import { nameSearchSql } from "../name-search";
import { countRows, courseTitlesSql, first, managedEnrolmentsSql, pageWindow, type ReportPage } from "./enrolment-rows";
import { dateFilterKeys, dateRangeSql, parseDateFilter, type DateRange } from "./date-filter";

export const USERS_REPORT_COLUMNS = [
  "country",
  "fullName",
  "course",
  "organisation",
  "completionOrganisation",
  "position",
  "status",
  "completedAt",
] as const;
export type UsersReportColumn = (typeof USERS_REPORT_COLUMNS)[number];

export interface UsersReportFilters {
  q: string;
  lastLogin: DateRange;
  completedAt: DateRange;
  /** true: completed only; false: not completed only; null: both. */
  complete: boolean | null;
  /** ISO code of one administration (WCO admins only). */
  country: string | null;
}

export interface UsersReportRow {
  userId: string;
  firstName: string;
  lastName: string;
  /** The user's administration (its country). */
  country: string;
  /** The user's organisation: the administration's display name. */
  organisation: string;
  course: string;
  /** Who gives the course: the course owner's organisation ("World Customs Organization" for core courses). */
  completionOrganisation: string;
  position: string | null;
  status: "IN_PROGRESS" | "COMPLETED";
  completedAt: Date | null;
}

/** The report's URL parameters (filters and columns), kept by its pages and its exports. */
export const USERS_REPORT_PARAMS = [
  "q",
  ...dateFilterKeys("login"),
  ...dateFilterKeys("completed"),
  "complete",
  "country",
  "col",
] as const;

/** Reads the filters from URL search parameters, ignoring anything malformed; `now` decides what "today" is. */
export function parseUsersReportFilters(
  params: Record<string, string | string[] | undefined>,
  now: Date = new Date(),
): UsersReportFilters {
  const complete = first(params.complete);
  return {
    q: String(first(params.q) ?? "")
      .trim()
      .slice(0, 100),
    lastLogin: parseDateFilter(params, "login", now),
    completedAt: parseDateFilter(params, "completed", now),
    complete: complete === "yes" ? true : complete === "no" ? false : null,
    country: first(params.country) ?? null,
  };
}

function whereSql(scope: TeamScope, filters: UsersReportFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`true ${nameSearchSql(filters.q)}`];
  conditions.push(...dateRangeSql(Prisma.sql`u."lastLoginAt"`, filters.lastLogin));
  conditions.push(...dateRangeSql(Prisma.sql`e."completedAt"`, filters.completedAt));
  if (filters.complete !== null)
    conditions.push(filters.complete ? Prisma.sql`e."status" = 'COMPLETED'` : Prisma.sql`e."status" <> 'COMPLETED'`);
  return managedEnrolmentsSql(scope, { country: countryFilter(scope, filters.country) }, conditions);
}

async function query(
  manager: Manager,
  filters: UsersReportFilters,
  cut: (total: number) => { offset: number; limit: number },
) {
  const scope = teamScope(manager);
  return inTeamTransaction(scope, "NC users report", async (tx) => {
    const from = whereSql(scope, filters);
    const total = await countRows(tx, Prisma.sql`SELECT count(*)::int AS "total" ${from}`);
    const { offset, limit } = cut(total);
    // The page is cut over enrolments and users alone (by name, then the order the user started the
    // courses); courses, their titles and owners are joined for the page's rows only.
    const rows = await tx.$queryRaw<UsersReportRow[]>`
      WITH page AS MATERIALIZED (
        SELECT e."id", u."lastName", u."firstName", u."id" AS "userId", e."enrolledAt"
        ${from}
        ORDER BY u."lastName", u."firstName", u."id", e."enrolledAt", e."id"
        LIMIT ${limit} OFFSET ${offset}
      )
      SELECT u."id"::text AS "userId", u."firstName", u."lastName", u."position", ut."name" AS "country",
             coalesce(ut."displayName", ut."name") AS "organisation", coalesce(k."title", '') AS "course",
             coalesce(ot."displayName", ot."name", '') AS "completionOrganisation", e."status"::text AS "status", e."completedAt"
      FROM page p
      JOIN "Enrolment" e ON e."id" = p."id"
      JOIN "User" u ON u."id" = e."userId"
      JOIN "Tenant" ut ON ut."id" = u."tenantId"
      LEFT JOIN LATERAL (${courseTitlesSql(scope.locale)} WHERE c."id" = e."courseId") k ON true
      LEFT JOIN "Tenant" ot ON ot."id" = k."tenantId"
      ${scope.kind === "administration" ? Prisma.sql`WHERE e."tenantId" = ${scope.tenantId}::uuid AND u."tenantId" = ${scope.tenantId}::uuid` : Prisma.empty}
      ORDER BY p."lastName", p."firstName", p."userId", p."enrolledAt", p."id"`;
    return { rows, total, platform: scope.kind === "platform" };
  });
}

/** One page of 50 rows, with the total count. */
export async function usersReport(
  manager: Manager,
  filters: UsersReportFilters,
  page: number,
): Promise<ReportPage<UsersReportRow>> {
  let win = pageWindow(0, page);
  const result = await query(manager, filters, (total) => (win = pageWindow(total, page)));
  return { ...result, page: win.page, pageCount: win.pageCount };
}

/** The first `limit` rows for an export, with the total count. */
export function usersReportExport(manager: Manager, filters: UsersReportFilters, limit: number) {
  return query(manager, filters, () => ({ offset: 0, limit }));
}

/** The columns to show: those asked for (in the report's order), else all; Country only in WCO reports. */
export function visibleUsersColumns(asked: string[], platform: boolean): UsersReportColumn[] {
  const available = USERS_REPORT_COLUMNS.filter((column) => platform || column !== "country");
  const chosen = available.filter((column) => asked.includes(column));
  return chosen.length ? chosen : available;
}

export function usersReportTable(
  rows: UsersReportRow[],
  columns: UsersReportColumn[],
  labels: {
    title: string;
    header: Record<UsersReportColumn, string>;
    status: (status: UsersReportRow["status"]) => string;
  },
): Table {
  const cell = (row: UsersReportRow, column: UsersReportColumn) => {
    switch (column) {
      case "fullName":
        return `${row.firstName} ${row.lastName}`;
      case "status":
        return labels.status(row.status);
      case "completedAt":
        return row.completedAt;
      default:
        return row[column];
    }
  };
  const width: Record<UsersReportColumn, number> = {
    country: 1.2,
    fullName: 1.6,
    course: 2.6,
    organisation: 1.6,
    completionOrganisation: 1.6,
    position: 1.4,
    status: 1,
    completedAt: 1,
  };
  return {
    title: labels.title,
    header: columns.map((column) => labels.header[column]),
    widths: columns.map((column) => width[column]),
    rows: rows.map((row) => columns.map((column) => cell(row, column))),
  };
}
