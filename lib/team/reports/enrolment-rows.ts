// What both coordinator reports are made of: the enrolments of the users a manager manages, with the user,
// their administration, the course (title in the reader's language) and the course owner. Filters go into
// SQL and pages are cut with LIMIT/OFFSET over the narrow enrolment and user rows first (the indexes on
// tenantId lead); the course details are joined for the page's rows only. Nothing loads an administration's
// rows into memory.
import { Prisma } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { managedUsersSql } from "../managed-users";
import type { TeamScope, TeamTx } from "../team-scope";

export const REPORT_PAGE_SIZE = 50;

/**
 * FROM and WHERE over enrolments (`e`), their users (`u`) and the users' tenant (`ut`); `conditions` are
 * ANDed. For a coordinator the enrolments' tenant is filtered explicitly, so Enrolment's (tenantId, …)
 * indexes are used.
 */
export function managedEnrolmentsSql(
  scope: TeamScope,
  options: { country?: string | null; withDeleted?: boolean },
  conditions: Prisma.Sql[],
  join: Prisma.Sql = Prisma.empty,
): Prisma.Sql {
  const ownEnrolments =
    scope.kind === "administration" ? Prisma.sql`AND e."tenantId" = ${scope.tenantId}::uuid` : Prisma.empty;
  const extra = conditions.length ? Prisma.sql`AND ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  return Prisma.sql`
    FROM "Enrolment" e
    JOIN "User" u ON u."id" = e."userId" AND u."tenantId" = e."tenantId"
    JOIN "Tenant" ut ON ut."id" = u."tenantId"
    ${join}
    WHERE ${managedUsersSql(scope, options)} ${ownEnrolments} ${extra}`;
}

/** The courses the reader may see with their title in `locale` (else English, else the code): a few thousand rows at most. */
export function courseTitlesSql(locale: Locale): Prisma.Sql {
  return Prisma.sql`
    SELECT c."id", c."code", c."tenantId", coalesce(loc."title", en."title", c."code") AS "title"
    FROM "Course" c
    LEFT JOIN "CourseTranslation" loc ON loc."courseId" = c."id" AND loc."locale" = ${locale}
    LEFT JOIN "CourseTranslation" en ON en."courseId" = c."id" AND en."locale" = 'en'`;
}

export async function countRows(tx: TeamTx, sql: Prisma.Sql): Promise<number> {
  const [{ total }] = await tx.$queryRaw<{ total: number }[]>(sql);
  return total;
}

export interface ReportPage<Row> {
  rows: Row[];
  total: number;
  page: number;
  pageCount: number;
  /** True for a WCO admin's report over every administration (with a Country column). */
  platform: boolean;
}

export function pageWindow(total: number, requested: number | undefined, pageSize = REPORT_PAGE_SIZE) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.floor(requested ?? 1) || 1), pageCount);
  return { page, pageCount, offset: (page - 1) * pageSize, limit: pageSize };
}

/** A YYYY-MM-DD date from a URL as the start of that day (UTC), or null. */
export function parseDay(value: unknown): Date | null {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : date;
}

/** A timestamp parameter compared with Prisma's UTC `timestamp(3)` columns whatever the session time zone. */
export const utc = (date: Date) => Prisma.sql`(${date.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

/** The first value of a URL parameter. */
export const first = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value;
